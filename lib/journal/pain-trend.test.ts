import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { PAIN_TREND_MIN_DAYS, painTrend } from "./pain-trend";

const TODAY = "2025-04-30";
const at = (ago: number, pain: number, worstPain = pain + 1) => ({
  date: addDays(TODAY, -ago),
  pain,
  worstPain,
});

describe("painTrend", () => {
  it("needs at least 3 entries in the range", () => {
    expect(painTrend([], { days: 30, today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 0,
      needed: PAIN_TREND_MIN_DAYS,
    });
    const one = painTrend([at(0, 4)], { days: 30, today: TODAY });
    expect(one).toMatchObject({ status: "insufficient", basedOnDays: 1 });
    expect(one.status === "insufficient" && one.message).toMatch(/at least 3 entries.*you have 1/);
    expect(painTrend([at(0, 4), at(1, 4), at(2, 4)], { days: 30, today: TODAY }).status).toBe("ok");
  });

  it("has one point per calendar day, oldest first, with nulls for unlogged days", () => {
    const result = painTrend([at(0, 3), at(2, 5), at(29, 6)], { days: 30, today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.points).toHaveLength(30);
    expect(result.from).toBe(addDays(TODAY, -29));
    expect(result.to).toBe(TODAY);
    expect(result.points[0]).toMatchObject({ date: addDays(TODAY, -29), pain: 6, worstPain: 7 });
    expect(result.points[28]).toMatchObject({
      date: addDays(TODAY, -1),
      pain: null,
      worstPain: null,
    });
    expect(result.points[29]).toMatchObject({ date: TODAY, pain: 3 });
  });

  it("averages over the entries present in each 7-day window", () => {
    const result = painTrend([at(0, 6), at(2, 4), at(3, 2)], { days: 30, today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    const average = (ago: number) =>
      result.points.find((p) => p.date === addDays(TODAY, -ago))?.sevenDayAverage;
    expect(average(0)).toBe(4); // (6 + 4 + 2) / 3 entries, not / 7 days
    expect(average(1)).toBe(3); // an unlogged day still has the average of its week
    expect(average(3)).toBe(2);
    expect(average(9)).toBeNull(); // nothing logged 9–15 days ago
  });

  it("lets entries just before the range feed the first week's average", () => {
    const result = painTrend([at(32, 8), at(0, 2), at(1, 2), at(2, 2)], { days: 30, today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.basedOnDays).toBe(3);
    expect(result.points[0]).toMatchObject({ pain: null, sevenDayAverage: 8 });
  });

  it("covers 90 and 365 days and ignores entries after today", () => {
    const entries = [
      at(0, 3),
      at(50, 4),
      at(300, 5),
      { date: addDays(TODAY, 1), pain: 9, worstPain: 9 },
    ];
    const quarter = painTrend(entries, { days: 90, today: TODAY });
    expect(quarter.status).toBe("insufficient");
    expect(quarter.basedOnDays).toBe(2);
    const year = painTrend(entries, { days: 365, today: TODAY });
    if (year.status !== "ok") throw new Error("expected ok");
    expect(year.points).toHaveLength(365);
    expect(year.points.at(-1)).toMatchObject({ date: TODAY, pain: 3 });
  });

  it("rounds averages to one decimal", () => {
    const result = painTrend([at(0, 1), at(1, 1), at(2, 2)], { days: 30, today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.points.at(-1)?.sevenDayAverage).toBe(1.3);
  });
});
