import { describe, expect, it } from "vitest";
import { EXERCISES } from "@/lib/program/exercises";
import { getIllustration, ILLUSTRATIONS } from ".";
import { keyPoints, relativeAngle, SEGMENT_NAMES, SEGMENTS, type Pose } from "./skeleton";
import { FLOOR, HEIGHT, WIDTH } from "./types";

const entries = Object.entries(ILLUSTRATIONS);
const posesOf = ([id, ill]: (typeof entries)[number]) =>
  [
    [`${id} start`, ill.start, ill.supported],
    [`${id} end`, ill.end, ill.supported],
  ] as const;
const allPoses = entries.flatMap(posesOf);

/** Every point the drawing reaches: each joint, widened by the segment's thickness. */
function extents(pose: Pose) {
  const points = keyPoints(pose);
  return SEGMENT_NAMES.flatMap((name) => {
    const r = SEGMENTS[name].radius;
    const { start, end } = points[name];
    return [
      { name, x: start.x, top: start.y - r, bottom: start.y + r },
      { name, x: end.x, top: end.y - r, bottom: end.y + r },
    ];
  });
}

describe("the illustration library", () => {
  it("has exactly one illustration for every exercise", () => {
    expect(Object.keys(ILLUSTRATIONS).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
    for (const e of EXERCISES) expect(getIllustration(e.id)).toBeDefined();
    expect(getIllustration("no-such-exercise")).toBeUndefined();
    expect(getIllustration("toString")).toBeUndefined();
  });

  it.each(entries)("%s has two poses, props and a text alternative", (_, ill) => {
    expect(ill.start).toBeDefined();
    expect(ill.end).toBeDefined();
    expect(ill.props.length).toBeGreaterThan(0);
    expect(ill.alt.trim().length).toBeGreaterThan(30);
    expect(ill.alt).toMatch(/^A person .+\.$/);
  });
});

describe.each(allPoses)("%s", (_, pose, supported) => {
  it("keeps every limb its length", () => {
    const points = keyPoints(pose);
    for (const name of SEGMENT_NAMES) {
      const { start, end } = points[name];
      expect(Math.hypot(end.x - start.x, end.y - start.y)).toBeCloseTo(SEGMENTS[name].length, 6);
    }
  });

  it("bends knees only backwards and elbows only forwards", () => {
    for (const side of ["near", "far"] as const) {
      const knee = relativeAngle(pose, `${side}Shin`);
      const elbow = relativeAngle(pose, `${side}Forearm`);
      const ankle = relativeAngle(pose, `${side}Foot`);
      expect(knee).toBeGreaterThanOrEqual(-5);
      expect(knee).toBeLessThanOrEqual(165);
      expect(elbow).toBeLessThanOrEqual(5);
      expect(elbow).toBeGreaterThanOrEqual(-165);
      expect(Math.abs(ankle)).toBeLessThanOrEqual(95);
    }
  });

  it("has no joint turned so far that the animation could go either way round", () => {
    for (const name of SEGMENT_NAMES) {
      if (SEGMENTS[name].parent) expect(Math.abs(relativeAngle(pose, name))).toBeLessThan(178);
    }
  });

  it("stays above the floor and inside the picture", () => {
    for (const p of extents(pose)) {
      expect(p.bottom, p.name).toBeLessThanOrEqual(FLOOR + 1.5);
      expect(p.top, p.name).toBeGreaterThanOrEqual(0);
      expect(p.x, p.name).toBeGreaterThanOrEqual(0);
      expect(p.x, p.name).toBeLessThanOrEqual(WIDTH);
      expect(p.bottom, p.name).toBeLessThanOrEqual(HEIGHT);
    }
  });

  it.skipIf(supported)("rests on the floor rather than floating", () => {
    const lowest = Math.max(...extents(pose).map((p) => p.bottom));
    expect(lowest).toBeGreaterThanOrEqual(FLOOR - 3);
  });
});
