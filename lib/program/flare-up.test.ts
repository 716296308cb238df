import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { detectFlareUp, flareUpAdvice, type FlareUpEntry } from "./flare-up";

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

  it("tolerates one unlogged day inside a run (clinical review P10)", () => {
    const result = detectFlareUp({
      entries: [...days(30, 5, 3), ...days(4, 3, 6), ...days(1, 0, 6)],
      today: TODAY,
    });
    expect(result).toMatchObject({ status: "flare-up", source: "rise", since: addDays(TODAY, -4) });
    expect(result.status === "flare-up" && result.days).toBe(4);
  });

  it("needs 3 flare-up days in the last 4: two unlogged days end it", () => {
    const result = detectFlareUp({
      entries: [...days(30, 4, 3), ...days(3, 3, 6), ...days(0, 0, 6)],
      today: TODAY,
    });
    expect(result.status).toBe("none");
  });

  it("flags worst pain of 8 or more on 3 of 4 days even when the usual level is high", () => {
    // Usual 7: the rise rule would need 9+ on three days; 9, 8, (7), 8 is still a flare-up.
    const result = detectFlareUp({
      entries: [
        ...days(30, 4, 7),
        { date: addDays(TODAY, -3), worstPain: 9 },
        { date: addDays(TODAY, -2), worstPain: 8 },
        { date: addDays(TODAY, -1), worstPain: 7 },
        { date: TODAY, worstPain: 8 },
      ],
      today: TODAY,
    });
    expect(result).toMatchObject({ status: "flare-up", source: "severe", threshold: 8, days: 3 });
  });

  it("flags 8 or more on 3 of 4 days without any baseline yet", () => {
    const result = detectFlareUp({ entries: days(2, 0, 8), today: TODAY });
    expect(result).toMatchObject({ status: "flare-up", source: "severe" });
  });

  it("counts a streak ending yesterday when today is not logged yet", () => {
    const result = detectFlareUp({ entries: [...USUAL, ...days(3, 1, 6)], today: TODAY });
    expect(result).toMatchObject({ status: "flare-up", since: addDays(TODAY, -3), days: 3 });
  });

  it("is over once two of the last four days are back near baseline", () => {
    const result = detectFlareUp({
      entries: [...days(30, 5, 3), ...days(4, 2, 6), ...days(1, 0, 3)],
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
    const result = detectFlareUp({ entries: [...days(9, 4, 2), ...days(2, 0, 7)], today: TODAY });
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

  it("shows a flare the member declared for 7 days, then lets it lapse", () => {
    const declared = (ago: number) =>
      detectFlareUp({ entries: USUAL, today: TODAY, declaredOn: addDays(TODAY, -ago) });
    expect(declared(0)).toMatchObject({ status: "flare-up", source: "declared", days: 1 });
    expect(declared(6)).toMatchObject({ status: "flare-up", source: "declared", days: 7 });
    expect(declared(7).status).toBe("none");
    expect(detectFlareUp({ entries: USUAL, today: TODAY, declaredOn: null }).status).toBe("none");
  });

  it("ignores entries dated after today", () => {
    const result = detectFlareUp({
      entries: [...USUAL, ...days(1, 0, 6), { date: addDays(TODAY, 1), worstPain: 9 }],
      today: TODAY,
    });
    expect(result.status).toBe("none");
  });
});

describe("flareUpAdvice", () => {
  it("never tells a phase-1 member to step back (clinical review P12)", () => {
    expect(flareUpAdvice(1)).toBe("Stay in phase 1 and use the flare-up plan for a few days.");
    expect(flareUpAdvice(1)).not.toMatch(/step back/i);
    expect(flareUpAdvice(3)).toMatch(/phase 2/);
  });
});
