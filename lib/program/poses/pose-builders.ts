import { keyPoints, SEGMENTS, type Point, type Pose, type SegmentName } from "./skeleton";
import { FLOOR } from "./types";

/** The ankle's height when a foot stands flat: half the foot's drawn thickness above the floor. */
export const ANKLE_ON_FLOOR = FLOOR - SEGMENTS.nearFoot.radius;
/** The pelvis's height when lying on the floor: half the trunk's thickness. */
export const LYING = FLOOR - SEGMENTS.lowerTrunk.radius;

const LEG = SEGMENTS.nearThigh.length + SEGMENTS.nearShin.length;

/** Upright, arms hanging, facing right, feet flat. */
export const STANDING: Pose = {
  pelvis: { x: 100, y: ANKLE_ON_FLOOR - LEG },
  lowerTrunk: -90,
  upperTrunk: -90,
  head: -90,
  farUpperArm: 90,
  farForearm: 90,
  farThigh: 90,
  farShin: 90,
  farFoot: 0,
  nearUpperArm: 90,
  nearForearm: 90,
  nearThigh: 90,
  nearShin: 90,
  nearFoot: 0,
};

export function pose(base: Pose, changes: Partial<Pose>): Pose {
  return { ...base, ...changes };
}

const degrees = (radians: number) => (radians * 180) / Math.PI;

type Limb = { upper: SegmentName; lower: SegmentName; bend: 1 | -1 };

const LIMBS = {
  nearLeg: { upper: "nearThigh", lower: "nearShin", bend: 1 },
  farLeg: { upper: "farThigh", lower: "farShin", bend: 1 },
  nearArm: { upper: "nearUpperArm", lower: "nearForearm", bend: -1 },
  farArm: { upper: "farUpperArm", lower: "farForearm", bend: -1 },
} as const satisfies Record<string, Limb>;

/**
 * Two-bone inverse kinematics: points a leg's ankle or an arm's wrist at a target, bending the
 * knee backwards and the elbow forwards as real joints do. A target out of reach straightens
 * the limb towards it.
 */
export function reach(base: Pose, limb: keyof typeof LIMBS, target: Point): Pose {
  const { upper, lower, bend } = LIMBS[limb];
  const root = keyPoints(base)[upper].start;
  const a = SEGMENTS[upper].length;
  const b = SEGMENTS[lower].length;
  const dx = target.x - root.x;
  const dy = target.y - root.y;
  const d = Math.min(Math.hypot(dx, dy), a + b - 1e-9);
  const towards = degrees(Math.atan2(dy, dx));
  const cosOpen = (a * a + d * d - b * b) / (2 * a * d);
  const open = degrees(Math.acos(Math.max(-1, Math.min(1, cosOpen))));
  const upperAngle = towards - bend * open;
  const r = (upperAngle * Math.PI) / 180;
  const joint = { x: root.x + a * Math.cos(r), y: root.y + a * Math.sin(r) };
  const lowerAngle = degrees(Math.atan2(target.y - joint.y, target.x - joint.x));
  return { ...base, [upper]: round(upperAngle), [lower]: round(lowerAngle) };
}

const round = (n: number) => Math.round(n);

/**
 * A point on the body's front (offset > 0) or back (offset < 0), `distance` up the trunk from
 * the hips: where a hand rests on the stomach, holds a weight at the chest or grips a dowel.
 */
export function trunkPoint(p: Pose, distance: number, offset: number): Point {
  const points = keyPoints(p);
  const lower = SEGMENTS.lowerTrunk.length;
  const [segment, d] =
    distance <= lower
      ? (["lowerTrunk", distance] as const)
      : (["upperTrunk", distance - lower] as const);
  const from = points[segment].start;
  const r = (p[segment] * Math.PI) / 180;
  // The front is the trunk's direction turned a quarter clockwise (down is +y).
  return {
    x: from.x + d * Math.cos(r) - offset * Math.sin(r),
    y: from.y + d * Math.sin(r) + offset * Math.cos(r),
  };
}
