import { describe, expect, it } from "vitest";
import { shareLinksToCsv } from "./share-links-csv";

describe("share links as CSV", () => {
  it("has one row per link with its life and views, and no token column", () => {
    const csv = shareLinksToCsv([
      {
        from: "2026-09-01",
        to: "2026-11-30",
        sections: ["quiz", "trend"],
        createdAt: new Date("2026-12-01T10:00:00Z"),
        expiresAt: new Date("2026-12-15T10:00:00Z"),
        revokedAt: null,
        lastViewedAt: new Date("2026-12-02T08:30:00Z"),
        viewCount: 3,
      },
    ]);
    expect(csv).toBe(
      "from,to,sections,created_at,expires_at,revoked_at,last_viewed_at,view_count\r\n" +
        "2026-09-01,2026-11-30,quiz;trend,2026-12-01T10:00:00.000Z,2026-12-15T10:00:00.000Z,,2026-12-02T08:30:00.000Z,3\r\n",
    );
    expect(csv).not.toMatch(/token|hash/i);
  });
});
