import { describe, expect, it } from "vitest";
import { SHARE_LINK_DEFAULT_DAYS, shareLinkExpiry, shareLinkState } from "./expiry";

const made = new Date("2026-03-01T10:00:00Z");

describe("share link expiry", () => {
  it("lasts 14 days by default, counted from the moment it is made", () => {
    expect(shareLinkExpiry(made, SHARE_LINK_DEFAULT_DAYS).toISOString()).toBe(
      "2026-03-15T10:00:00.000Z",
    );
  });

  it("allows 1 to 90 whole days and nothing else", () => {
    expect(shareLinkExpiry(made, 1).toISOString()).toBe("2026-03-02T10:00:00.000Z");
    expect(shareLinkExpiry(made, 90).toISOString()).toBe("2026-05-30T10:00:00.000Z");
    for (const days of [0, 91, -1, 1.5, Number.NaN, Infinity])
      expect(() => shareLinkExpiry(made, days)).toThrow(RangeError);
  });

  it("is live until the expiry instant, then expired", () => {
    const expiresAt = shareLinkExpiry(made, 14);
    const justBefore = new Date(expiresAt.getTime() - 1);
    expect(shareLinkState({ expiresAt, revokedAt: null }, justBefore)).toBe("live");
    expect(shareLinkState({ expiresAt, revokedAt: null }, expiresAt)).toBe("expired");
  });

  it("says revoked once revoked, even before or after it would have expired", () => {
    const expiresAt = shareLinkExpiry(made, 14);
    const revokedAt = new Date("2026-03-02T00:00:00Z");
    expect(shareLinkState({ expiresAt, revokedAt }, new Date("2026-03-03T00:00:00Z"))).toBe(
      "revoked",
    );
    expect(shareLinkState({ expiresAt, revokedAt }, new Date("2026-04-01T00:00:00Z"))).toBe(
      "revoked",
    );
  });
});
