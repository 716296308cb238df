"use server";

// Share links for the visit pack (docs/product.md §9). The member comes from the session, never
// from the form; revoking is scoped by their id in the query, so another member's link id is
// "not found". The raw token leaves the server once, in the create response, and is stored
// nowhere: only its SHA-256 is written.
import { refresh } from "next/cache";
import { createShareLink, revokeShareLink } from "@/db/queries/share-links";
import { type ActionState, failure, fieldError, formFields, invalid } from "@/lib/action-state";
import { env } from "@/lib/env";
import { shareLinkExpiry } from "@/lib/share-links/expiry";
import { newShareToken } from "@/lib/share-links/share-token";
import {
  CreateShareLinkSchema,
  RevokeShareLinkSchema,
  SHARE_LINK_MESSAGES,
} from "@/lib/validations/share-links";
import { requireUser } from "@/server/auth/current-user";

export async function createShareLinkAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = CreateShareLinkSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const { expiryDays, from, to, sections } = parsed.data;
  const { token, tokenHash } = newShareToken();
  const createdAt = new Date();
  const created = await createShareLink({
    userId: user.id,
    tokenHash,
    options: { from, to, sections },
    createdAt,
    expiresAt: shareLinkExpiry(createdAt, expiryDays),
  });
  if (created === "limit") return fieldError("expiryDays", SHARE_LINK_MESSAGES.limit, formData);
  refresh();
  return {
    status: "success",
    message: `Link made. It works for ${expiryDays === 1 ? "1 day" : `${expiryDays} days`} unless you revoke it.`,
    shownOnce: new URL(`/r/${token}`, env.SITE_URL).toString(),
  };
}

export async function revokeShareLinkAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = RevokeShareLinkSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure(SHARE_LINK_MESSAGES.notFound);
  const revoked = await revokeShareLink({
    userId: user.id,
    linkId: parsed.data.linkId,
    now: new Date(),
  });
  if (!revoked) return failure(SHARE_LINK_MESSAGES.notFound);
  refresh();
  return { status: "success", message: "Revoked. The link no longer opens the pack." };
}
