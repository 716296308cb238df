import { keyPoints, type Pose } from "../skeleton";
import { LYING, pose, reach, STANDING, trunkPoint } from "../pose-builders";
import { quadruped, SUPINE, supineKneesBent } from "../postures";
import { FLOOR, type Illustration } from "../types";

const MAT = [{ kind: "floor" }, { kind: "mat", x: 20, width: 165 }] as const;

const kneesBent = supineKneesBent();
const FEET = keyPoints(kneesBent).nearShin.end;

const heelSlid = pose(reach(kneesBent, "nearLeg", { x: FEET.x + 30, y: FLOOR - 4 }), {
  nearFoot: -60,
});

/**
 * A knee falling out to the side moves towards the viewer, which a side view cannot show
 * truly: the knee is drawn lower, the foot staying near where it was.
 */
const kneeFallenOut = pose(reach(kneesBent, "nearLeg", { x: FEET.x + 8, y: FLOOR - 4 }), {
  nearFoot: -20,
});

const tableTop = (() => {
  const legs = pose(SUPINE, {
    farThigh: -90,
    farShin: 0,
    farFoot: -70,
    nearThigh: -90,
    nearShin: 0,
    nearFoot: -70,
  });
  return pose(legs, { nearUpperArm: -88, nearForearm: -88, farUpperArm: -92, farForearm: -92 });
})();

const deadBugReach = pose(tableTop, {
  nearThigh: -22,
  nearShin: 8,
  nearFoot: -60,
  farUpperArm: 188,
  farForearm: 188,
});

/** One knee bent (far), one leg straight (near), hands under the small of the back. */
function curlUp(lift: number): Pose {
  const lying = pose(SUPINE, { upperTrunk: 180 + lift, head: 180 + Math.round(lift * 1.2) });
  const bent = pose(reach(lying, "farLeg", { x: lying.pelvis.x + 44, y: FLOOR - 3 }), {
    farFoot: 0,
  });
  // Straight arms from the shoulders to the hands under the back: a bent elbow would sink into
  // the floor in a side view.
  const shoulder = keyPoints(bent).nearUpperArm.start;
  const arm = Math.round(
    (Math.atan2(FLOOR - 5 - shoulder.y, lying.pelvis.x - 2 - shoulder.x) * 180) / Math.PI,
  );
  return pose(bent, { nearUpperArm: arm, nearForearm: arm, farUpperArm: arm, farForearm: arm });
}

/**
 * Side bridges, seen from the front: body turned to the right, propped on the bottom forearm
 * (elbow under the shoulder), the lower legs bent behind in the knee version.
 */
function sideBridge(lifted: boolean, knees: boolean): Pose {
  const shoulderY = FLOOR - 3 - 24 - 2;
  const support = knees ? { x: 36, y: FLOOR - 4 } : { x: 12, y: FLOOR - 8 };
  const reachToShoulder = knees ? 84 : 120;
  const shoulder = {
    x: support.x + Math.sqrt(reachToShoulder ** 2 - (support.y - shoulderY) ** 2),
    y: shoulderY,
  };
  const leg = knees ? 38 : 74;
  const hips = lifted
    ? {
        x: support.x + ((shoulder.x - support.x) * leg) / reachToShoulder,
        y: support.y + ((shoulder.y - support.y) * leg) / reachToShoulder,
      }
    : { x: support.x + leg, y: LYING };
  const trunk = (Math.atan2(shoulder.y - hips.y, shoulder.x - hips.x) * 180) / Math.PI;
  const body = pose(STANDING, {
    pelvis: { x: Math.round(hips.x), y: Math.round(hips.y) },
    lowerTrunk: Math.round(trunk),
    upperTrunk: Math.round(trunk),
    head: Math.round(trunk),
    farUpperArm: Math.round(trunk) + 180,
    farForearm: Math.round(trunk) + 180,
  });
  // Legs point straight at the knees (or feet) on the floor; the knee version's lower legs
  // bend up behind, as they do when the knees bend with the body turned on its side.
  const toSupport = Math.round(
    (Math.atan2(support.y - hips.y, support.x - hips.x) * 180) / Math.PI,
  );
  const shin = knees ? toSupport + 95 : toSupport;
  const withFarLeg = pose(body, {
    nearThigh: toSupport,
    farThigh: toSupport,
    nearShin: shin,
    farShin: knees ? shin - 6 : shin,
    nearFoot: knees ? shin - 80 : shin - 10,
    farFoot: knees ? shin - 86 : shin - 10,
  });
  const elbow = keyPoints(withFarLeg).nearUpperArm.start;
  return reach(withFarLeg, "nearArm", { x: elbow.x + 24, y: FLOOR - 3 });
}

const birdDogReach = pose(quadruped(), {
  nearThigh: 178,
  nearShin: 178,
  nearFoot: 100,
  farUpperArm: -2,
  farForearm: -2,
});

/** Hips lifted until knees, hips and shoulders line up; shoulders and feet stay put. */
const bridged = (() => {
  const shoulder = keyPoints(kneesBent).nearUpperArm.start;
  const lift = -21;
  const r = (lift * Math.PI) / 180;
  const hips = {
    x: Math.round(shoulder.x + 46 * Math.cos(r)),
    y: Math.round(shoulder.y + 46 * Math.sin(r)),
  };
  const body = pose(kneesBent, {
    pelvis: hips,
    lowerTrunk: 180 + lift,
    upperTrunk: 180 + lift,
    head: 180,
  });
  return pose(reach(reach(body, "nearLeg", FEET), "farLeg", { ...FEET, x: FEET.x - 2 }), {
    nearFoot: 0,
    farFoot: 0,
    nearUpperArm: 0,
    nearForearm: 0,
    farUpperArm: 0,
    farForearm: 0,
  });
})();

function pallof(pressed: boolean): Pose {
  const hands = pressed ? { x: 144, y: 62 } : { x: 114, y: 64 };
  return reach(reach(STANDING, "nearArm", hands), "farArm", { ...hands, x: hands.x - 2 });
}

/** Holding a dowel along the back: one hand behind the neck, the other behind the low back. */
function hinge(trunk: number): Pose {
  const hips = trunk === -90 ? STANDING.pelvis : { x: 84, y: STANDING.pelvis.y + 6 };
  const body = pose(STANDING, { pelvis: hips, lowerTrunk: trunk, upperTrunk: trunk, head: trunk });
  const feet = { x: 100, y: FLOOR - 3 };
  const legs = pose(reach(reach(body, "nearLeg", feet), "farLeg", { ...feet, x: 98 }), {
    nearFoot: 0,
    farFoot: 0,
  });
  return reach(
    reach(legs, "nearArm", trunkPoint(legs, 50, -14)),
    "farArm",
    trunkPoint(legs, 6, -14),
  );
}

const LOW_TABLE = { kind: "box", x: 112, width: 46, height: 36 } as const;

function liftFromTable(down: boolean): Pose {
  const hips = down ? { x: 80, y: STANDING.pelvis.y + 12 } : STANDING.pelvis;
  const trunk = down ? -38 : -90;
  const body = pose(STANDING, {
    pelvis: hips,
    lowerTrunk: trunk,
    upperTrunk: trunk - 4,
    head: trunk,
  });
  const feet = { x: 100, y: FLOOR - 3 };
  const legs = pose(reach(reach(body, "nearLeg", feet), "farLeg", { ...feet, x: 98 }), {
    nearFoot: 0,
    farFoot: 0,
  });
  // Bent down, the arms hang almost straight to the bag; standing, it is held against the body.
  const shoulder = keyPoints(legs).nearUpperArm.start;
  const hands = down ? { x: shoulder.x + 6, y: shoulder.y + 42 } : trunkPoint(legs, 12, 16);
  return reach(reach(legs, "nearArm", hands), "farArm", { ...hands, x: hands.x - 2 });
}

export const BUILD_ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  "heel-slides": {
    start: kneesBent,
    end: heelSlid,
    props: MAT,
    alt: "A person lying on their back with knees bent slides one heel away along the floor until that leg is almost straight, then back, the pelvis staying still.",
  },
  "bent-knee-fall-outs": {
    start: kneesBent,
    end: kneeFallenOut,
    props: MAT,
    alt: "A person lying on their back with knees bent lets one knee slowly fall out to the side, only as far as the pelvis stays level, then brings it back to the middle.",
  },
  "dead-bug": {
    start: tableTop,
    end: deadBugReach,
    props: MAT,
    alt: "A person lying on their back with arms pointing to the ceiling and hips and knees bent at right angles lowers one heel towards the floor while the opposite arm reaches back overhead, then returns.",
  },
  "curl-up": {
    start: curlUp(0),
    end: curlUp(16),
    props: MAT,
    alt: "A person lying on their back, one knee bent and hands under the small of the back, lifts the head and shoulders just off the floor as one unit, then lowers.",
  },
  "side-bridge-knees": {
    start: sideBridge(false, true),
    end: sideBridge(true, true),
    props: MAT,
    alt: "A person lying on their side, propped on one forearm with the knees bent, lifts the hips until the body is straight from knees to head, holds, then lowers.",
  },
  "side-bridge-full": {
    start: sideBridge(false, false),
    end: sideBridge(true, false),
    props: MAT,
    alt: "A person lying on their side, propped on one forearm with the legs straight, lifts the hips until the body is straight from feet to head, holds, then lowers.",
  },
  "bird-dog": {
    start: quadruped(),
    end: birdDogReach,
    props: MAT,
    alt: "A person on hands and knees keeps the back still while sliding one leg back and lifting it level with the hip, the opposite arm reaching forward, then lowers.",
  },
  "glute-bridge": {
    start: kneesBent,
    end: bridged,
    props: MAT,
    alt: "A person lying on their back with knees bent squeezes the buttocks to lift the hips until the body is straight from knees to shoulders, then lowers slowly.",
  },
  "pallof-hold": {
    start: pallof(false),
    end: pallof(true),
    props: [{ kind: "floor" }, { kind: "anchor", x: 30, y: 62 }],
    held: [{ kind: "band", anchor: { x: 30, y: 62 } }],
    alt: "A person standing side-on to a band anchored at chest height holds it at the chest with both hands, presses the hands straight out in front without letting the band turn them, then brings them back.",
  },
  "hip-hinge-dowel": {
    start: hinge(-90),
    end: hinge(-32),
    props: [{ kind: "floor" }],
    held: [{ kind: "dowel" }],
    alt: "A person holding a broom handle along the back, touching the head, upper back and tailbone, pushes the hips back and tips the chest forward with knees slightly bent, keeping the stick in contact, then stands up.",
  },
  "hip-hinge-load-close": {
    start: liftFromTable(true),
    end: liftFromTable(false),
    props: [{ kind: "floor" }, LOW_TABLE],
    held: [{ kind: "bag", hand: "near" }],
    alt: "A person bends at the hips and knees to reach a light bag on a low table, pulls it in close to the body and stands up by driving the hips forward.",
  },
};
