import { describe, expect, it } from "vitest";
import { pairedRatio } from "./paired-ratio";

describe("pairedRatio", () => {
  it("is the median of the per-round ratios, not the ratio of the medians", () => {
    // The session-3 dashboard run: medians 70 / 92 = 0.76, rounds 0.91, 0.75, 0.76.
    expect(pairedRatio([61, 76, 70], [67, 102, 92])).toBe(0.76);
    // The article in the same run: 549 / 634 = 0.87 by medians, 0.99 paired.
    expect(pairedRatio([548, 637, 549], [521, 646, 634])).toBe(0.99);
  });

  it("averages the middle two of an even number of rounds, and is NaN with none", () => {
    expect(pairedRatio([50, 60], [100, 100])).toBe(0.55);
    expect(pairedRatio([], [])).toBeNaN();
  });
});
