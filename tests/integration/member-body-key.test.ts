import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { loadDashboard } from "@/server/member/load-dashboard";
import { openMemberBodyKey, sealMemberBodyKey } from "@/server/member/member-body-cache";
import { getDb } from "@/db";
import { journalEntries } from "@/db/schema";
import { sealKey } from "@/lib/auth/sealed-key";
import { createUser } from "./factories";

// Security review F2: a cached member body is callable by anyone, so it reads whose data only
// from a key the page sealed after its session check. Another member's id, in any shape the
// page did not seal, ends in a 404 before anything is read.

vi.mock("next/navigation", () => ({
  notFound: () => {
    throw Object.assign(new Error("not found"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
}));

const TODAY = "2026-11-23";
const MARKER = "victim-only-note";
const Claims = z.object({
  memberId: z.uuid(),
  dataVersion: z.number().int(),
  today: z.iso.date(),
  firstName: z.string().nullable(),
});
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
let member = "";
let victim = "";

beforeAll(async () => {
  member = (await createUser()).id;
  victim = (await createUser()).id;
  await (
    await getDb()
  )
    .insert(journalEntries)
    .values({ userId: victim, entryDate: TODAY, pain: 4, worstPain: 6, notes: MARKER });
});

describe("the cached member bodies' sealed key", () => {
  it("opens to the claims the page sealed, and the body built from them holds only that member's data", async () => {
    const key = sealMemberBodyKey("dashboard", {
      memberId: member,
      dataVersion: 1,
      today: TODAY,
      firstName: null,
    });
    const claims = openMemberBodyKey("dashboard", key, Claims);
    expect(claims.memberId).toBe(member);
    const data = await loadDashboard({ userId: claims.memberId, today: claims.today });
    expect(JSON.stringify(data)).not.toContain(MARKER);
  });

  it("answers 404 to the victim's id in any shape the page did not seal", () => {
    const claims = { memberId: victim, dataVersion: 1, today: TODAY, firstName: null };
    const forged = [
      victim,
      claims,
      sealKey("dashboard", claims, "a-secret-the-attacker-guessed-000000"),
      sealMemberBodyKey("insights", claims), // sealed, but for the other body
    ];
    for (const key of forged)
      expect(() => openMemberBodyKey("dashboard", key, Claims)).toThrow(
        expect.objectContaining(NOT_FOUND),
      );
  });
});
