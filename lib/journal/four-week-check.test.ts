import { describe, expect, it } from "vitest";
import { fourWeekCheck, fourWeekVerdict, isMeaningfulFall } from "./four-week-check";
import { addDays } from "@/lib/dates/iso-date";

const TODAY = "2025-05-31";
const at = (ago: number, pain: number, worstPain = pain) => ({
  date: addDays(TODAY, -ago),
  pain,
  worstPain,
});
const week = (firstAgo: number, pains: readonly number[]) =>
  pains.map((p, i) => at(firstAgo + i, p));
const check = (recent: readonly number[], earlier: readonly number[]) =>
  fourWeekCheck([...week(0, recent), ...week(21, earlier)], { today: TODAY });

describe("fourWeekCheck", () => {
  it("never prompts a member whose pain stayed at 0 for four weeks: it says the pain stayed low", () => {
    expect(check([0, 0, 0, 0], [0, 0, 0, 0])).toMatchObject({ status: "ok", verdict: "low" });
    expect(check([1, 1, 1], [1, 1, 1])).toMatchObject({ verdict: "low" });
  });

  it("says how much lower when pain fell from about 6 to 3, never that there was no improvement", () => {
    expect(check([3, 3, 3], [6, 6, 6])).toMatchObject({
      status: "ok",
      verdict: "improved",
      change: -3,
      recent: { meanPain: 3, days: 3 },
      earlier: { meanPain: 6, days: 3 },
    });
  });

  it("calls a fall of 0.1 from 6 no meaningful improvement", () => {
    const result = fourWeekCheck([...week(0, [6, 6, 5.7]), ...week(21, [6, 6, 6])], {
      today: TODAY,
    });
    expect(result).toMatchObject({ verdict: "noMeaningfulImprovement", change: -0.1 });
  });

  it("gives pain that rose its own verdict", () => {
    expect(check([6, 6, 7], [4, 5, 5])).toMatchObject({ verdict: "rose", change: 1.7 });
    expect(check([5, 5, 5.9], [5, 5, 5])).toMatchObject({ verdict: "noMeaningfulImprovement" });
  });

  it("prompts at a recent average of 3, or a worst day of 4, but not below both", () => {
    expect(check([3, 3, 3], [3, 3, 3])).toMatchObject({ verdict: "noMeaningfulImprovement" });
    expect(check([2, 2, 2], [2, 2, 2])).toMatchObject({ verdict: "low" });
    const worstFour = fourWeekCheck([at(0, 2, 4), at(1, 2), at(2, 2), ...week(21, [2, 2, 2])], {
      today: TODAY,
    });
    expect(worstFour).toMatchObject({ verdict: "noMeaningfulImprovement", recentWorst: 4 });
  });

  it("uses days 1–7 and 22–28 counting today as day 1", () => {
    const edges = [
      at(0, 2),
      at(6, 2),
      at(3, 2),
      at(7, 9),
      at(21, 6),
      at(27, 6),
      at(24, 6),
      at(28, 0),
    ];
    expect(fourWeekCheck(edges, { today: TODAY })).toMatchObject({
      status: "ok",
      recent: { days: 3, meanPain: 2 },
      earlier: { days: 3, meanPain: 6 },
      verdict: "improved",
    });
  });

  it("needs 3 entries in each week", () => {
    const result = check([5, 5, 5, 5], [5, 5]);
    expect(result).toMatchObject({ status: "insufficient", basedOnDays: 6, needed: 3 });
    expect(result.status === "insufficient" && result.message).toMatch(/you have 4 and 2/);
    expect(fourWeekCheck([], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 0,
    });
  });
});

describe("isMeaningfulFall (Ostelo 2008: 2 points or 30 %)", () => {
  it("counts exactly 2 points", () => {
    expect(isMeaningfulFall(9, 7)).toBe(true);
    expect(isMeaningfulFall(9, 7.1)).toBe(false);
  });
  it("counts exactly 30 % even under 2 points", () => {
    expect(isMeaningfulFall(5, 3.5)).toBe(true);
    expect(isMeaningfulFall(5, 3.6)).toBe(false);
  });
  it("never counts no change or a rise", () => {
    expect(isMeaningfulFall(0, 0)).toBe(false);
    expect(isMeaningfulFall(4, 5)).toBe(false);
  });
});

describe("fourWeekVerdict", () => {
  it("ranks a meaningful fall before the floor, and the floor before a rise", () => {
    expect(fourWeekVerdict({ earlierMean: 8, recentMean: 5, recentWorst: 9 })).toBe("improved");
    expect(fourWeekVerdict({ earlierMean: 1, recentMean: 2, recentWorst: 3 })).toBe("low");
    expect(fourWeekVerdict({ earlierMean: 3, recentMean: 4, recentWorst: 5 })).toBe("rose");
  });
});

describe("fourWeekCheck with weekly check-ins", () => {
  const lowJournal = [...week(0, [1, 1, 1]), ...week(21, [1, 1, 1])];
  const checkIn = (ago: number, score: number) => ({ date: addDays(TODAY, -ago), score });

  it("reports the weekly scores at either end when the member checked in in both weeks", () => {
    const result = fourWeekCheck(lowJournal, {
      today: TODAY,
      checkIns: [checkIn(2, 2), checkIn(24, 2.5), checkIn(12, 9)],
    });
    expect(result).toMatchObject({
      verdict: "low",
      weeklyScore: { earlier: 2.5, recent: 2, change: -0.5 },
    });
  });

  it("turns 'stayed low' into the gentle prompt when the weekly score is 3 or more and has not fallen meaningfully", () => {
    const result = fourWeekCheck(lowJournal, {
      today: TODAY,
      checkIns: [checkIn(1, 5), checkIn(22, 5.3)],
    });
    expect(result).toMatchObject({ verdict: "noMeaningfulImprovement" });
  });

  it("keeps 'stayed low' when the weekly score fell meaningfully or is low", () => {
    for (const [recent, earlier] of [
      [4, 6.5],
      [2, 2],
    ] as const) {
      const result = fourWeekCheck(lowJournal, {
        today: TODAY,
        checkIns: [checkIn(1, recent), checkIn(22, earlier)],
      });
      expect(result).toMatchObject({ verdict: "low" });
    }
  });

  it("never removes a prompt or changes a fall, and ignores check-ins outside the two weeks", () => {
    expect(
      fourWeekCheck([...week(0, [6, 6, 7]), ...week(21, [4, 5, 5])], {
        today: TODAY,
        checkIns: [checkIn(1, 1), checkIn(22, 8)],
      }),
    ).toMatchObject({ verdict: "rose" });
    expect(
      fourWeekCheck(lowJournal, { today: TODAY, checkIns: [checkIn(1, 6), checkIn(14, 6)] }),
    ).toMatchObject({ verdict: "low", weeklyScore: null });
  });
});
