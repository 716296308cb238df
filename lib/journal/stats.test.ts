import { describe, expect, it } from "vitest";
import { mean, median, pearson, round1 } from "./stats";

describe("stats", () => {
  it("takes means and medians, with null for no data", () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("rounds to one decimal", () => {
    expect(round1(10 / 3)).toBe(3.3);
    expect(round1(4.25)).toBe(4.3);
  });

  it("correlates, and returns null without spread", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1);
    expect(pearson([2, 2, 2], [1, 5, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
  });
});
