import { normalise, relativeAngle, SEGMENTS, type Pose, type SegmentName } from "./skeleton";

export type SegmentMotion = {
  /** Rotation about the joint, in the parent's frame, at the start and at the end. */
  from: number;
  to: number;
};

/**
 * The rotations a renderer nests (each segment turned about its joint inside its parent), for
 * the start and end poses. Joint angles are folded into (-180, 180] so the movement between
 * them takes the short way round, as a real joint would; the root turns the short way too.
 */
export function segmentMotion(start: Pose, end: Pose, name: SegmentName): SegmentMotion {
  const { parent, rest } = SEGMENTS[name];
  if (!parent) {
    const from = start[name];
    return { from, to: from + normalise(end[name] - from) };
  }
  return { from: rest + relativeAngle(start, name), to: rest + relativeAngle(end, name) };
}

/** Segments attached to this one (null: the root), far side first, in paint order. */
export function childrenOf(parent: SegmentName | null): readonly SegmentName[] {
  return (Object.keys(SEGMENTS) as SegmentName[]).filter((n) => SEGMENTS[n].parent === parent);
}

export function samePose(a: Pose, b: Pose): boolean {
  return (Object.keys(a) as (keyof Pose)[]).every((k) =>
    k === "pelvis" ? a.pelvis.x === b.pelvis.x && a.pelvis.y === b.pelvis.y : a[k] === b[k],
  );
}
