import { describe, expect, it } from "vitest";
import { ILLUSTRATIONS } from ".";
import { normalise, SEGMENT_NAMES, SEGMENTS, type Pose, type SegmentName } from "./skeleton";
import { segmentMotion } from "./segment-angles";

/** The absolute direction the nested rotations produce: the sum down the chain. */
function composed(start: Pose, end: Pose, name: SegmentName, which: "from" | "to"): number {
  const { parent } = SEGMENTS[name];
  const own = segmentMotion(start, end, name)[which];
  return parent ? own + composed(start, end, parent, which) : own;
}

describe("segment rotations", () => {
  it("compose back into each pose's own angles, for every figure", () => {
    for (const { start, end } of Object.values(ILLUSTRATIONS)) {
      for (const name of SEGMENT_NAMES) {
        expect(normalise(composed(start, end, name, "from") - start[name])).toBeCloseTo(0, 6);
        expect(normalise(composed(start, end, name, "to") - end[name])).toBeCloseTo(0, 6);
      }
    }
  });

  it("turn the root the short way round", () => {
    for (const { start, end } of Object.values(ILLUSTRATIONS)) {
      const { from, to } = segmentMotion(start, end, "lowerTrunk");
      expect(Math.abs(to - from)).toBeLessThanOrEqual(180);
    }
  });
});
