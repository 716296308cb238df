import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reach, STANDING } from "./pose-builders";
import { keyPoints, normalise, SEGMENT_NAMES, SEGMENTS, type Pose } from "./skeleton";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

const anyPose = fc
  .tuple(
    fc.record({
      x: fc.double({ min: 0, max: 200, noNaN: true }),
      y: fc.double({ min: 0, max: 180, noNaN: true }),
    }),
    fc.array(fc.double({ min: -360, max: 360, noNaN: true }), {
      minLength: SEGMENT_NAMES.length,
      maxLength: SEGMENT_NAMES.length,
    }),
  )
  .map(
    ([pelvis, angles]) =>
      ({
        pelvis,
        ...Object.fromEntries(SEGMENT_NAMES.map((n, i) => [n, angles[i]])),
      }) as Pose,
  );

describe("forward kinematics", () => {
  it("keeps every segment its own length, whatever the angles", () => {
    fc.assert(
      fc.property(anyPose, (pose) => {
        const points = keyPoints(pose);
        for (const name of SEGMENT_NAMES) {
          const { start, end } = points[name];
          expect(distance(start, end)).toBeCloseTo(SEGMENTS[name].length, 6);
        }
      }),
    );
  });

  it("attaches each segment at its place on the parent", () => {
    fc.assert(
      fc.property(anyPose, (pose) => {
        const points = keyPoints(pose);
        for (const name of SEGMENT_NAMES) {
          const { parent, at } = SEGMENTS[name];
          if (!parent) continue;
          expect(distance(points[parent].start, points[name].start)).toBeCloseTo(at, 6);
        }
      }),
    );
  });

  it("stands a figure upright with its feet on the floor", () => {
    const points = keyPoints(STANDING);
    expect(points.head.end.y).toBeLessThan(points.lowerTrunk.start.y);
    expect(points.nearShin.end.y + SEGMENTS.nearFoot.radius).toBeCloseTo(170, 6);
  });
});

describe("normalise", () => {
  it("folds any angle into (-180, 180]", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (a) => {
        const n = normalise(a);
        expect(n).toBeGreaterThan(-180);
        expect(n).toBeLessThanOrEqual(180);
        expect(Math.cos(((n - a) * Math.PI) / 180)).toBeCloseTo(1, 6);
      }),
    );
  });
});

describe("reach", () => {
  it("puts a hand exactly on a target within reach, the elbow bending forwards", () => {
    const target = { x: 120, y: 60 };
    const pose = reach(STANDING, "nearArm", target);
    const hand = keyPoints(pose).nearForearm.end;
    // Angles are rounded to whole degrees, so within a pixel.
    expect(distance(hand, target)).toBeLessThan(1);
    expect(normalise(pose.nearForearm - pose.nearUpperArm)).toBeLessThan(0);
  });

  it("straightens a limb towards a target out of reach", () => {
    const pose = reach(STANDING, "nearLeg", { x: 100, y: 400 });
    expect(pose.nearThigh).toBe(90);
    expect(pose.nearShin).toBe(90);
  });
});
