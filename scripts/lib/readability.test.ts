import { describe, expect, it } from "vitest";
import { readabilityCounts, readingGrade } from "./readability";

describe("readabilityCounts", () => {
  it("counts headings and list items as sentences and ignores link targets and markup", () => {
    const counts = readabilityCounts(
      "## Keep moving\n\nWalk a little. Then rest if you [need to](https://example.org/a_(b)).\n\n- short walks\n- **gentle** stretches\n\n<RedFlags />\n",
    );
    expect(counts.sentence).toBe(5);
    expect(counts.word).toBe(15);
  });
});

describe("readingGrade", () => {
  it("rates short plain sentences lower than long technical ones", () => {
    const plain = readingGrade("Walk a bit each day. It helps your back. Go slow at first.");
    const dense = readingGrade(
      "Pharmacological interventions, including nonsteroidal anti-inflammatory medications, demonstrate modest effectiveness compared with placebo in randomised controlled evaluations.",
    );
    expect(plain).toBeLessThan(4);
    expect(dense).toBeGreaterThan(15);
  });

  it("is 0 for an empty body", () => {
    expect(readingGrade("<RedFlags />")).toBe(0);
  });
});
