import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { shareLinks } from "@/db/schema";
import { deleteAccount, exportAccountData } from "@/db/queries/account";
import { upsertWeeklyCheckIn } from "@/db/queries/progress";
import { listShareLinks, viewLiveShareLink } from "@/db/queries/share-links";
import { idleState } from "@/lib/action-state";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { hashShareToken } from "@/lib/share-links/share-token";
import { answerShareLink } from "@/server/share/share-link-gate";
import { createUser } from "./factories";
import { session as signedIn, signedInUser } from "./support/session";

// Share links for the visit pack (docs/product.md §9) through the real actions and the gate
// the proxy asks, on whichever driver DATABASE_URL selects.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { createShareLinkAction, revokeShareLinkAction } = await import("@/actions/share-links");

const today = isoDateOf(new Date());

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
}

async function signInAsNewMember() {
  const user = await createUser();
  signedIn.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  return user;
}

/** Makes a link through the action; returns its raw token and id. */
async function makeLink(fields: Record<string, string | string[]> = {}) {
  const result = await createShareLinkAction(
    idleState,
    form({
      expiryDays: "14",
      from: addDays(today, -30),
      to: today,
      sections: ["trend", "quiz"],
      ...fields,
    }),
  );
  expect(result.status).toBe("success");
  const token = result.shownOnce!.split("/r/")[1]!;
  const [link] = await listShareLinks({ userId: signedInUser().id });
  return { token, id: link!.id };
}

async function rowText(): Promise<string> {
  const db = await getDb();
  const rows = await db.execute(sql`select s::text as row from share_links s`);
  return (rows.rows as { row: string }[]).map((r) => r.row).join("\n");
}

describe("making a share link", () => {
  beforeEach(signInAsNewMember);

  it("stores the range, sections in the pack's order and a 14-day life, and hands out the URL once", async () => {
    const before = Date.now();
    const { token } = await makeLink();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [link] = await listShareLinks({ userId: signedInUser().id });
    expect(link).toMatchObject({
      from: addDays(today, -30),
      to: today,
      sections: ["quiz", "trend"],
      viewCount: 0,
      lastViewedAt: null,
      revokedAt: null,
    });
    const life = link!.expiresAt.getTime() - link!.createdAt.getTime();
    expect(life).toBe(14 * 24 * 60 * 60 * 1000);
    expect(link!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("keeps only the hash: the raw token is in no column of the table", async () => {
    const { token } = await makeLink();
    const { token: second } = await makeLink();
    const text = await rowText();
    expect(text).toContain(hashShareToken(token));
    expect(text).not.toContain(token);
    expect(text).not.toContain(second);
    // Nor in any other encoding of the bytes it stands for.
    expect(text).not.toContain(Buffer.from(token, "base64url").toString("hex"));
  });

  it("refuses a life outside 1 to 90 days, a bad range or no section, and writes nothing", async () => {
    for (const fields of [
      { expiryDays: "0" },
      { expiryDays: "91" },
      { expiryDays: "x".repeat(100_000) },
      { from: today, to: addDays(today, -1) },
      { from: addDays(today, -400) },
      { from: "2026-02-30" },
      { sections: [] as string[] },
      { sections: ["everything"] },
      { sections: Array.from({ length: 10_000 }, () => "quiz") },
    ]) {
      const result = await createShareLinkAction(
        idleState,
        form({
          expiryDays: "14",
          from: addDays(today, -30),
          to: today,
          sections: ["quiz"],
          ...fields,
        }),
      );
      expect(result.status, JSON.stringify(fields).slice(0, 80)).toBe("error");
      expect(result.shownOnce).toBeUndefined();
    }
    expect(await listShareLinks({ userId: signedInUser().id })).toEqual([]);
  });
});

describe("opening a share link", () => {
  beforeEach(signInAsNewMember);

  it("counts every view of a live link, with no viewer detail stored", async () => {
    const { token } = await makeLink();
    expect(await answerShareLink(token, "203.0.113.9")).toEqual({ kind: "live" });
    const first = await viewLiveShareLink({ tokenHash: hashShareToken(token), now: new Date() });
    expect(first?.options).toEqual({
      from: addDays(today, -30),
      to: today,
      sections: ["quiz", "trend"],
    });
    expect(first?.userId).toBe(signedInUser().id);
    await viewLiveShareLink({ tokenHash: hashShareToken(token), now: new Date() });
    const [link] = await listShareLinks({ userId: signedInUser().id });
    expect(link!.viewCount).toBe(2);
    expect(link!.lastViewedAt).not.toBeNull();
    expect(await rowText()).not.toContain("203.0.113.9");
  });

  it("stamps each view with the member's data, which moves when the member writes", async () => {
    // The shared page keeps a built pack under this stamp (server/share/shared-pack-cache.ts):
    // if a write left it unchanged, a reader would be shown the pack from before the write.
    const { token } = await makeLink();
    const view = () => viewLiveShareLink({ tokenHash: hashShareToken(token), now: new Date() });
    const before = (await view())!.dataStamp;
    expect((await view())!.dataStamp).toBe(before);
    await upsertWeeklyCheckIn({
      userId: signedInUser().id,
      today,
      values: { pain: 4, enjoyment: 3, activity: 5 },
    });
    expect((await view())!.dataStamp).not.toBe(before);
  });

  it("reads nothing once revoked, and says gone (410), not unknown", async () => {
    const { token, id } = await makeLink();
    const revoked = await revokeShareLinkAction(idleState, form({ linkId: id }));
    expect(revoked.status).toBe("success");
    expect(await answerShareLink(token, "203.0.113.9")).toEqual({ kind: "gone" });
    expect(
      await viewLiveShareLink({ tokenHash: hashShareToken(token), now: new Date() }),
    ).toBeNull();
    const [link] = await listShareLinks({ userId: signedInUser().id });
    expect(link!.viewCount).toBe(0);
    expect(link!.revokedAt).not.toBeNull();
  });

  it("reads nothing once expired", async () => {
    const { token } = await makeLink({ expiryDays: "1" });
    const later = new Date(Date.now() + 24 * 60 * 60 * 1000 + 1000);
    expect(await viewLiveShareLink({ tokenHash: hashShareToken(token), now: later })).toBeNull();
    // Expired in the database's own terms too: move the link's life into the past.
    const db = await getDb();
    await db
      .update(shareLinks)
      .set({
        createdAt: new Date(Date.now() - 3 * 86_400_000),
        expiresAt: new Date(Date.now() - 86_400_000),
      })
      .where(eq(shareLinks.userId, signedInUser().id));
    expect(await answerShareLink(token, "203.0.113.9")).toEqual({ kind: "gone" });
    expect(
      await viewLiveShareLink({ tokenHash: hashShareToken(token), now: new Date() }),
    ).toBeNull();
  });

  it("answers unknown for a wrong or malformed token", async () => {
    const { token } = await makeLink();
    const wrong = `${token[0] === "A" ? "B" : "A"}${token.slice(1)}`;
    expect(await answerShareLink(wrong, "203.0.113.9")).toEqual({ kind: "unknown" });
    expect(await answerShareLink("short", "203.0.113.9")).toEqual({ kind: "unknown" });
    expect(await answerShareLink("x".repeat(100_000), "203.0.113.9")).toEqual({
      kind: "unknown",
    });
  });

  it("slows one address down after its allowance, whatever the token", async () => {
    const { token } = await makeLink();
    const ip = "203.0.113.77";
    for (let i = 0; i < 300; i++) await answerShareLink(`${"A".repeat(42)}${i % 10}`, ip);
    const refused = await answerShareLink(token, ip);
    expect(refused.kind).toBe("limited");
    expect(await answerShareLink(token, "203.0.113.78")).toEqual({ kind: "live" });
  });
});

describe("revoking", () => {
  beforeEach(signInAsNewMember);

  it("another member's link id is not found and stays live", async () => {
    const { token, id } = await makeLink();
    await signInAsNewMember();
    const result = await revokeShareLinkAction(idleState, form({ linkId: id }));
    expect(result).toMatchObject({ status: "error", message: "That link was not found." });
    expect(await answerShareLink(token, "203.0.113.9")).toEqual({ kind: "live" });
    for (const linkId of ["not-an-id", "", "x".repeat(100_000)]) {
      const bad = await revokeShareLinkAction(idleState, form({ linkId }));
      expect(bad.status).toBe("error");
    }
  });
});

describe("the account's data rights", () => {
  beforeEach(signInAsNewMember);

  it("exports the links without the token or its hash", async () => {
    const { token } = await makeLink();
    const exported = await exportAccountData({ userId: signedInUser().id });
    expect(exported?.shareLinks).toHaveLength(1);
    const json = JSON.stringify(exported);
    expect(json).not.toContain(token);
    expect(json).not.toContain(hashShareToken(token));
  });

  it("deleting the account deletes its links", async () => {
    const { token } = await makeLink();
    const userId = signedInUser().id;
    await deleteAccount({ userId });
    const db = await getDb();
    expect(await db.select().from(shareLinks).where(eq(shareLinks.userId, userId))).toEqual([]);
    expect(await answerShareLink(token, "203.0.113.9")).toEqual({ kind: "unknown" });
  });
});
