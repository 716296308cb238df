import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/journal/iso-date";
import { detectFlareUp, type FlareUpEntry } from "./flare-up";

const TODAY = "2025-06-30";

/** Worst pain for the given days-ago offsets (0 = today). */
function days(from: number, to: number, worstPain: number): FlareUpEntry[] {
  const entries: FlareUpEntry[] = [];
  for (let ago = from; ago >= to; ago--) entries.push({ date: addDays(TODAY, -ago), worstPain });
  return entries;
}

/** Three weeks of worst pain 3 ending four days ago: a clear baseline of 3. */
const USUAL = days(24, 3, 3);

describe("detectFlareUp", () => {
  it("flags exactly 3 days at baseline + 2", () => {
    const result = detectFlareUp({ entries: [...USUAL, ...days(2, 0, 5)], today: TODAY });
    expect(result).toMatchObject({
      status: "flare-up",
      since: addDays(TODAY, -2),
      days: 3,
      baseline: 3,
      threshold: 5,
    });
  });

  it("does not flag 2 high days", () => {
    const result = detectFlareUp({
      entries: [...USUAL, ...days(2, 2, 3), ...days(1, 0, 7)],
      today: TODAY,
    });
    expect(result).toMatchObject({ status: "none", baseline: 3, threshold: 5 });
  });

  it("does not flag a rise of only 1 point", () => {
    const result = detectFlareUp({ entries: [...USUAL, ...days(4, 0, 4)], today: TODAY });
    expect(result.status).toBe("none");
  });

  it("treats a missing day as the end of a streak", () => {
    const result = detectFlareUp({
      entries: [...days(30, 5, 3), ...days(4, 3, 6), ...days(1, 0, 6)],
      today: TODAY,
    });
    expect(result.status).toBe("none");
  });

  it("counts a streak ending yesterday when today is not logged yet", () => {
    const result = detectFlareUp({ entries: [...USUAL, ...days(3, 1, 6)], today: TODAY });
    expect(result).toMatchObject({ status: "flare-up", since: addDays(TODAY, -3), days: 3 });
  });

  it("is over once today's entry is back near baseline", () => {
    const result = detectFlareUp({
      entries: [...USUAL, ...days(3, 1, 6), ...days(0, 0, 3)],
      today: TODAY,
    });
    expect(result.status).toBe("none");
  });

  it("reports the start of a longer flare-up, judged against the days before it", () => {
    const result = detectFlareUp({
      entries: [...days(40, 11, 2), ...days(10, 0, 6)],
      today: TODAY,
    });
    expect(result).toMatchObject({
      status: "flare-up",
      since: addDays(TODAY, -10),
      days: 11,
      baseline: 2,
    });
  });

  it("uses the median, so a few bad days don't move the baseline", () => {
    const bumpy = days(20, 4, 2).map((e, i) => (i % 4 === 1 ? { ...e, worstPain: 9 } : e));
    expect(bumpy.filter((e) => e.worstPain === 9)).toHaveLength(4);
    const result = detectFlareUp({ entries: [...bumpy, ...days(3, 0, 4)], today: TODAY });
    expect(result).toMatchObject({ status: "flare-up", baseline: 2, since: addDays(TODAY, -3) });
  });

  it("needs 7 days of history before the streak for a baseline", () => {
    const result = detectFlareUp({ entries: [...days(9, 4, 2), ...days(2, 0, 8)], today: TODAY });
    expect(result).toMatchObject({ status: "no-baseline", basedOnDays: 6, needed: 7 });
  });

  it("flags a streak once 7 days of history exist", () => {
    const result = detectFlareUp({ entries: [...days(9, 3, 2), ...days(2, 0, 8)], today: TODAY });
    expect(result).toMatchObject({ status: "flare-up", baseline: 2 });
  });

  it("says there is no baseline for an empty journal or a single entry", () => {
    expect(detectFlareUp({ entries: [], today: TODAY })).toMatchObject({
      status: "no-baseline",
      basedOnDays: 0,
    });
    expect(detectFlareUp({ entries: days(0, 0, 9), today: TODAY }).status).toBe("no-baseline");
  });

  it("ignores entries dated after today", () => {
    const result = detectFlareUp({
      entries: [...USUAL, ...days(1, 0, 6), { date: addDays(TODAY, 1), worstPain: 9 }],
      today: TODAY,
    });
    expect(result.status).toBe("none");
  });
});
