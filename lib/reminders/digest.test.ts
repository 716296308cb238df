import { describe, expect, it } from "vitest";
import { weeklyDigest } from "./digest";

const week = "2026-11-30"; // Monday
const days = (from: string, values: number[]) =>
  values.map((pain, i) => ({
    date: `${from.slice(0, 8)}${String(Number(from.slice(8)) + i).padStart(2, "0")}`,
    pain,
  }));

describe("weekly digest", () => {
  it("counts this week's sessions against the plan", () => {
    const digest = weeklyDigest({
      weekStart: week,
      sessionDays: [1, 3, 5],
      sessionDates: ["2026-11-29", "2026-11-30", "2026-12-02", "2026-12-07"],
      pain: [],
    });
    expect(digest).toMatchObject({ done: 2, planned: 3, insight: null });
    expect(digest.focus).toBe(
      "Next week: 3 sessions planned, on Monday, Wednesday and Friday. Any movement counts, and a short session on a busy day still helps.",
    );
  });

  it("gives one insight with the days it rests on, compared with last week when both have enough days", () => {
    const digest = weeklyDigest({
      weekStart: week,
      sessionDays: [2],
      sessionDates: ["2026-12-01"],
      pain: [...days("2026-11-23", [5, 5, 4, 6]), ...days("2026-11-30", [3, 4, 3, 2, 3])],
    });
    expect(digest.insight).toEqual({
      text: "Your average pain this week was 3 out of 10 (5 days logged), down from 5 the week before (4 days logged).",
      days: 9,
    });
    expect(digest.focus).toContain("You kept to your plan this week");
  });

  it("says nothing it cannot back: fewer than 3 logged days gives no insight", () => {
    const digest = weeklyDigest({
      weekStart: week,
      sessionDays: [],
      sessionDates: [],
      pain: days("2026-11-30", [3, 4]),
    });
    expect(digest.insight).toBeNull();
    expect(digest.focus).toMatch(/no session days are planned/);
  });

  it("reports this week alone when last week had too few days", () => {
    const digest = weeklyDigest({
      weekStart: week,
      sessionDays: [1],
      sessionDates: [],
      pain: [...days("2026-11-23", [8]), ...days("2026-11-30", [4, 4, 5])],
    });
    expect(digest.insight).toEqual({
      text: "Your average pain this week was 4.3 out of 10, from the 3 days you logged.",
      days: 3,
    });
  });
});
