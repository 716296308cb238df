import { beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/server/member/load-dashboard";
import { loadInsights } from "@/server/member/load-insights";
import { loadJournal } from "@/server/member/load-journal";
import { loadProgram } from "@/server/member/load-program";
import { getDb } from "@/db";
import { seedDemoMember } from "@/db/seed";
import { createUser } from "./factories";

// The page loaders read only the signed-in member's rows: next to a member with six months
// of data, a new member sees an empty journal, no plan and the way to the quiz.

const TODAY = "2026-11-23";
let newcomer = "";

beforeAll(async () => {
  await seedDemoMember(await getDb(), { today: TODAY, passwordHash: "not-a-real-hash" });
  newcomer = (await createUser()).id;
});

describe("page loaders are scoped to the member", () => {
  it("a new member's dashboard shows nothing of anyone else's and points to the quiz", async () => {
    const data = await loadDashboard({ userId: newcomer, today: TODAY });
    expect(data.assessment).toBeNull();
    expect(data.plan).toBeNull();
    expect(data.todayEntry).toBeNull();
    expect(data.streaks).toMatchObject({ basedOnDays: 0, current: 0, longest: 0 });
    expect(data.trend).toMatchObject({ status: "insufficient", basedOnDays: 0 });
    // The quiz first; a member who never checked in is also offered the weekly check-in (§5a).
    expect(data.nextSteps).toEqual([
      { kind: "take-quiz" },
      { kind: "weekly-check-in", firstTime: true },
    ]);
  });

  it("a new member's journal and insights are empty", async () => {
    const journal = await loadJournal({ userId: newcomer, today: TODAY });
    expect(journal).toMatchObject({
      entries: [],
      hasMore: false,
      formEntry: null,
      formDate: TODAY,
    });
    const insights = await loadInsights({ userId: newcomer, today: TODAY, range: 365 });
    for (const key of [
      "trend",
      "sleep",
      "activity",
      "stress",
      "activities",
      "improvement",
    ] as const) {
      expect(insights[key]).toMatchObject({ status: "insufficient", basedOnDays: 0 });
    }
  });

  it("a new member has no program", async () => {
    expect(await loadProgram({ userId: newcomer, today: TODAY })).toEqual({
      status: "no-plan",
      latestAssessment: null,
    });
  });

  it("a future or malformed ?date= falls back to today's entry", async () => {
    for (const date of ["2030-01-01", "yesterday", "2026-02-30"]) {
      expect((await loadJournal({ userId: newcomer, today: TODAY, date })).formDate).toBe(TODAY);
    }
  });
});
