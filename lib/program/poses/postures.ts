import { LYING, pose, reach, STANDING } from "./pose-builders";
import type { Pose } from "./skeleton";
import { CHAIR_SEAT, FLOOR } from "./types";

/** On the back, head to the left, legs straight, arms along the sides. */
export const SUPINE: Pose = pose(STANDING, {
  pelvis: { x: 108, y: LYING },
  lowerTrunk: 180,
  upperTrunk: 180,
  head: 180,
  farUpperArm: 0,
  farForearm: 0,
  nearUpperArm: 0,
  nearForearm: 0,
  farThigh: 0,
  farShin: 0,
  farFoot: -80,
  nearThigh: 0,
  nearShin: 0,
  nearFoot: -80,
});

/** On the back with knees bent and feet flat. */
export function supineKneesBent(base: Pose = SUPINE): Pose {
  const feet = { x: base.pelvis.x + 44, y: base.pelvis.y + 4 };
  return pose(reach(reach(base, "nearLeg", feet), "farLeg", { ...feet, x: feet.x - 2 }), {
    nearFoot: 0,
    farFoot: 0,
  });
}

/** Face down, head to the right (the same body turned the other way), toes pointed back. */
export const PRONE: Pose = pose(STANDING, {
  pelvis: { x: 86, y: LYING },
  lowerTrunk: 0,
  upperTrunk: 0,
  head: -4,
  farUpperArm: 180,
  farForearm: 180,
  nearUpperArm: 180,
  nearForearm: 180,
  farThigh: 180,
  farShin: 180,
  farFoot: 160,
  nearThigh: 180,
  nearShin: 180,
  nearFoot: 160,
});

const KNEE_ON_FLOOR = FLOOR - 4;

/** On hands and knees facing right: hips over knees, hands under the shoulders. */
export function quadruped(lowerTrunk = -9, upperTrunk = -9, head = -20): Pose {
  const hips = { x: 78, y: KNEE_ON_FLOOR - 38 };
  const base = pose(STANDING, {
    pelvis: hips,
    lowerTrunk,
    upperTrunk,
    head,
    farThigh: 90,
    farShin: 180,
    farFoot: 170,
    nearThigh: 90,
    nearShin: 180,
    nearFoot: 170,
  });
  const hands = { x: 130, y: FLOOR - 3 };
  return reach(reach(base, "nearArm", hands), "farArm", { ...hands, x: hands.x - 2 });
}

/** Sitting upright on a chair seat at x, thighs level, shins down to the floor. */
export function sitting(seatX: number, trunk = -92): Pose {
  const hips = { x: seatX, y: FLOOR - CHAIR_SEAT - 4 };
  const base = pose(STANDING, { pelvis: hips, lowerTrunk: trunk, upperTrunk: trunk, head: -90 });
  const feet = { x: hips.x + 38, y: FLOOR - 3 };
  return reach(reach(base, "nearLeg", feet), "farLeg", { ...feet, x: feet.x - 3 });
}

/** Mid-stride: the near leg forward and the far leg back, arms swinging the opposite way. */
export function walking(flip: boolean): Pose {
  const front = { x: STANDING.pelvis.x + 18, y: FLOOR - 3 };
  const back = { x: STANDING.pelvis.x - 20, y: FLOOR - 8 };
  const hips = { x: STANDING.pelvis.x, y: STANDING.pelvis.y + 3 };
  const base = pose(STANDING, {
    pelvis: hips,
    lowerTrunk: -88,
    upperTrunk: -88,
    head: -88,
    nearUpperArm: flip ? 70 : 110,
    nearForearm: flip ? 45 : 95,
    farUpperArm: flip ? 110 : 70,
    farForearm: flip ? 95 : 45,
  });
  const legs = reach(reach(base, "nearLeg", flip ? back : front), "farLeg", flip ? front : back);
  return pose(legs, { nearFoot: flip ? 30 : -5, farFoot: flip ? -5 : 30 });
}
