// How long a share link lives (docs/product.md §9): 14 days unless the member picks
// otherwise, 1 to 90 days, counted from the moment it is made.

export const SHARE_LINK_DEFAULT_DAYS = 14;
export const SHARE_LINK_MIN_DAYS = 1;
export const SHARE_LINK_MAX_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

export function shareLinkExpiry(createdAt: Date, days: number): Date {
  if (!Number.isInteger(days) || days < SHARE_LINK_MIN_DAYS || days > SHARE_LINK_MAX_DAYS)
    throw new RangeError(
      `A share link lasts ${SHARE_LINK_MIN_DAYS} to ${SHARE_LINK_MAX_DAYS} days`,
    );
  return new Date(createdAt.getTime() + days * DAY_MS);
}

export type ShareLinkState = "live" | "expired" | "revoked";

/** Revoked wins over expired: the member's own act is the truer answer. */
export function shareLinkState(
  link: { expiresAt: Date; revokedAt: Date | null },
  now: Date,
): ShareLinkState {
  if (link.revokedAt) return "revoked";
  return now.getTime() < link.expiresAt.getTime() ? "live" : "expired";
}
