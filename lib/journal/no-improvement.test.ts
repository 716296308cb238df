import { describe, expect, it } from "vitest";
import { addDays } from "./iso-date";
import { NO_IMPROVEMENT_MESSAGE, noImprovement } from "./no-improvement";

const TODAY = "2025-05-31";
const at = (ago: number, pain: number) => ({ date: addDays(TODAY, -ago), pain });
const week = (firstAgo: number, pains: readonly number[]) =>
  pains.map((p, i) => at(firstAgo + i, p));

describe("noImprovement", () => {
  it("flags pain that is no lower than four weeks ago", () => {
    const result = noImprovement([...week(0, [5, 5, 5]), ...week(21, [5, 5, 5])], { today: TODAY });
    expect(result).toMatchObject({
      status: "ok",
      basedOnDays: 6,
      noImprovement: true,
      message: NO_IMPROVEMENT_MESSAGE,
      change: 0,
      recent: { from: addDays(TODAY, -6), to: TODAY, days: 3, meanPain: 5 },
      earlier: { from: addDays(TODAY, -27), to: addDays(TODAY, -21), days: 3, meanPain: 5 },
    });
    expect(NO_IMPROVEMENT_MESSAGE).toBe("No improvement in 4 weeks — consider seeing a clinician.");
  });

  it("flags pain that has risen", () => {
    const result = noImprovement([...week(0, [6, 6, 7]), ...week(21, [4, 5, 5])], { today: TODAY });
    expect(result).toMatchObject({ status: "ok", noImprovement: true, change: 1.7 });
  });

  it("is satisfied by any drop", () => {
    const result = noImprovement([...week(0, [5, 5, 4]), ...week(21, [5, 5, 5])], { today: TODAY });
    expect(result).toMatchObject({
      status: "ok",
      noImprovement: false,
      message: null,
      change: -0.3,
    });
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
    const result = noImprovement(edges, { today: TODAY });
    expect(result).toMatchObject({
      status: "ok",
      recent: { days: 3, meanPain: 2 },
      earlier: { days: 3, meanPain: 6 },
      noImprovement: false,
    });
  });

  it("needs 3 entries in each week", () => {
    const result = noImprovement([...week(0, [5, 5, 5, 5]), ...week(21, [5, 5])], { today: TODAY });
    expect(result).toMatchObject({ status: "insufficient", basedOnDays: 6, needed: 3 });
    expect(result.status === "insufficient" && result.message).toMatch(/you have 4 and 2/);
    expect(noImprovement([], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 0,
    });
    expect(noImprovement([at(0, 3)], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 1,
    });
  });
});
