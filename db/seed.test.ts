import { describe, expect, it } from "vitest";
import { demoCheckIns, demoJournal } from "./seed";
import { weeklyScore } from "@/lib/progress/check-in";
import { describeScoreChange, scoreChange } from "@/lib/progress/meaningful-change";

describe("the demo member's check-ins", () => {
  const today = "2026-11-23";
  const checkIns = demoCheckIns("demo", today, demoJournal("demo", today));

  it("are weekly over six months, one per ISO week, and show a meaningful fall", () => {
    expect(checkIns.length).toBeGreaterThanOrEqual(20);
    expect(new Set(checkIns.map((c) => c.weekStart)).size).toBe(checkIns.length);
    const scores = checkIns.map((c) => ({ date: c.checkedOn, value: weeklyScore(c) }));
    const change = scoreChange(scores);
    expect(change).toMatchObject({ status: "ok", meaningful: true });
    expect(describeScoreChange("weekly score", change)).toMatch(/lower than on/);
  });
});
