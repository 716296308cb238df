/**
 * A side-view figure as a chain of rigid segments (forward kinematics). Angles are in degrees
 * in SVG's frame: 0 points right, 90 points down (y grows downwards). A pose gives each
 * segment's absolute direction; the renderer turns them into rotations relative to the parent,
 * so every limb keeps its length whatever the animation does in between.
 */

export type Point = { x: number; y: number };

export type SegmentName =
  | "lowerTrunk"
  | "upperTrunk"
  | "head"
  | "farUpperArm"
  | "farForearm"
  | "farThigh"
  | "farShin"
  | "farFoot"
  | "nearUpperArm"
  | "nearForearm"
  | "nearThigh"
  | "nearShin"
  | "nearFoot";

export type Segment = {
  /** null for the root: the lower trunk, which starts at the hip joint (the pose's pelvis). */
  parent: SegmentName | null;
  /** How far along the parent this segment is attached. */
  at: number;
  length: number;
  /**
   * The angle to the parent when standing upright, arms hanging: relative angles are measured
   * from it, so a straight knee is 0 and bends are small numbers either side.
   */
  rest: number;
  /** Half the drawn thickness: how far the body reaches beyond the centre line. */
  radius: number;
};

/**
 * The head's length is the neck plus the head's radius, so its end is the centre of the head.
 * The order is parent before child, and far side before near side, which is paint order too. */
export const SEGMENTS: Readonly<Record<SegmentName, Segment>> = {
  lowerTrunk: { parent: null, at: 0, length: 22, rest: 0, radius: 7 },
  farThigh: { parent: "lowerTrunk", at: 0, length: 38, rest: 180, radius: 4 },
  farShin: { parent: "farThigh", at: 38, length: 36, rest: 0, radius: 3.5 },
  farFoot: { parent: "farShin", at: 36, length: 11, rest: -90, radius: 3 },
  upperTrunk: { parent: "lowerTrunk", at: 22, length: 24, rest: 0, radius: 7 },
  farUpperArm: { parent: "upperTrunk", at: 22, length: 24, rest: 180, radius: 3.5 },
  farForearm: { parent: "farUpperArm", at: 24, length: 22, rest: 0, radius: 3 },
  head: { parent: "upperTrunk", at: 24, length: 13, rest: 0, radius: 8 },
  nearThigh: { parent: "lowerTrunk", at: 0, length: 38, rest: 180, radius: 4 },
  nearShin: { parent: "nearThigh", at: 38, length: 36, rest: 0, radius: 3.5 },
  nearFoot: { parent: "nearShin", at: 36, length: 11, rest: -90, radius: 3 },
  nearUpperArm: { parent: "upperTrunk", at: 22, length: 24, rest: 180, radius: 3.5 },
  nearForearm: { parent: "nearUpperArm", at: 24, length: 22, rest: 0, radius: 3 },
};

export const SEGMENT_NAMES = Object.keys(SEGMENTS) as readonly SegmentName[];

export type Pose = { pelvis: Point } & Record<SegmentName, number>;

/** Folds an angle into (-180, 180], so an animation between two poses takes the short way. */
export function normalise(degrees: number): number {
  const d = (((degrees % 360) + 540) % 360) - 180;
  return d === -180 ? 180 : d;
}

/** The joint angle: this segment's direction relative to its parent, measured from rest. */
export function relativeAngle(pose: Pose, name: SegmentName): number {
  const { parent, rest } = SEGMENTS[name];
  if (!parent) return normalise(pose[name]);
  return normalise(pose[name] - pose[parent] - rest);
}

export type KeyPoint = { start: Point; end: Point };

function along(from: Point, degrees: number, distance: number): Point {
  const r = (degrees * Math.PI) / 180;
  return { x: from.x + distance * Math.cos(r), y: from.y + distance * Math.sin(r) };
}

/** Forward kinematics: where each segment starts and ends in the picture. */
export function keyPoints(pose: Pose): Record<SegmentName, KeyPoint> {
  const points = {} as Record<SegmentName, KeyPoint>;
  for (const name of SEGMENT_NAMES) {
    const { parent, at, length } = SEGMENTS[name];
    const start = parent ? along(points[parent].start, pose[parent], at) : pose.pelvis;
    points[name] = { start, end: along(start, pose[name], length) };
  }
  return points;
}
