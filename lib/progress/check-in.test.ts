import { describe, expect, it } from "vitest";
import { checkInDue, isoWeekOf, isoWeekStart, weeklyScore } from "./check-in";

describe("weeklyScore", () => {
  it("is the mean of the three ratings to one decimal", () => {
    expect(weeklyScore({ pain: 6, enjoyment: 5, activity: 4 })).toBe(5);
    expect(weeklyScore({ pain: 7, enjoyment: 3, activity: 3 })).toBe(4.3);
    expect(weeklyScore({ pain: 2, enjoyment: 2, activity: 3 })).toBe(2.3);
    expect(weeklyScore({ pain: 0, enjoyment: 0, activity: 0 })).toBe(0);
    expect(weeklyScore({ pain: 10, enjoyment: 10, activity: 10 })).toBe(10);
    expect(weeklyScore({ pain: 10, enjoyment: 10, activity: 9 })).toBe(9.7);
  });
});

describe("ISO weeks", () => {
  it("start on Monday", () => {
    expect(isoWeekStart("2026-12-04")).toBe("2026-11-30"); // a Friday
    expect(isoWeekStart("2026-11-30")).toBe("2026-11-30"); // the Monday itself
    expect(isoWeekStart("2026-12-06")).toBe("2026-11-30"); // the Sunday
    expect(isoWeekStart("2027-01-01")).toBe("2026-12-28");
  });

  it("number weeks the ISO way across year ends", () => {
    expect(isoWeekOf("2026-12-04")).toEqual({ year: 2026, week: 49 });
    expect(isoWeekOf("2027-01-01")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf("2026-01-05")).toEqual({ year: 2026, week: 2 });
  });
});

describe("checkInDue", () => {
  it("is due when there has never been one", () => {
    expect(checkInDue({ lastCheckedOn: null, today: "2026-12-04" })).toBe(true);
  });
  it("is due from 7 days after the last, not before", () => {
    expect(checkInDue({ lastCheckedOn: "2026-11-28", today: "2026-12-04" })).toBe(false);
    expect(checkInDue({ lastCheckedOn: "2026-11-27", today: "2026-12-04" })).toBe(true);
    expect(checkInDue({ lastCheckedOn: "2026-12-04", today: "2026-12-04" })).toBe(false);
  });
});
