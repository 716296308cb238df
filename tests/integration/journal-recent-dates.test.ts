import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getRecentJournalWithAllDates } from "@/db/queries/journal";
import { journalEntries } from "@/db/schema";
import { createUser } from "./factories";

// The dashboard's one-statement read: full rows for the recent window, and every date the
// member ever logged (for streaks), never anyone else's.

let member = "";
let other = "";
let quiet = "";

async function logDays(userId: string, dates: string[]) {
  const db = await getDb();
  await db
    .insert(journalEntries)
    .values(dates.map((entryDate, i) => ({ userId, entryDate, pain: i % 11, worstPain: 10 })));
}

beforeAll(async () => {
  member = (await createUser()).id;
  other = (await createUser()).id;
  quiet = (await createUser()).id;
  await logDays(member, ["2026-01-05", "2026-11-20", "2026-06-01", "2026-11-22"]);
  await logDays(other, ["2026-11-21", "2026-03-03"]);
  await logDays(quiet, ["2025-12-31", "2026-02-01"]);
});

describe("getRecentJournalWithAllDates", () => {
  it("returns the recent entries oldest first and every logged date in order", async () => {
    const { recent, allDates } = await getRecentJournalWithAllDates({
      userId: member,
      from: "2026-11-01",
      to: "2026-11-23",
    });
    expect(recent.map((e) => e.date)).toEqual(["2026-11-20", "2026-11-22"]);
    expect(allDates).toEqual(["2026-01-05", "2026-06-01", "2026-11-20", "2026-11-22"]);
  });

  it("still returns every date when nothing is recent", async () => {
    const { recent, allDates } = await getRecentJournalWithAllDates({
      userId: quiet,
      from: "2026-11-01",
      to: "2026-11-23",
    });
    expect(recent).toEqual([]);
    expect(allDates).toEqual(["2025-12-31", "2026-02-01"]);
  });

  it("gives a member with no entries nothing, and never another member's dates", async () => {
    const nobody = (await createUser()).id;
    expect(
      await getRecentJournalWithAllDates({ userId: nobody, from: "2026-11-01", to: "2026-11-23" }),
    ).toEqual({ recent: [], allDates: [] });
    const { allDates } = await getRecentJournalWithAllDates({
      userId: other,
      from: "2026-11-01",
      to: "2026-11-23",
    });
    expect(allDates).toEqual(["2026-03-03", "2026-11-21"]);
  });
});
