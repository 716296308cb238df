import { keyPoints, type Pose } from "../skeleton";
import { LYING, pose, reach, STANDING, trunkPoint } from "../pose-builders";
import { PRONE, quadruped, SUPINE, supineKneesBent } from "../postures";
import { FLOOR, type Illustration } from "../types";

const MAT = [{ kind: "floor" }, { kind: "mat", x: 20, width: 165 }] as const;

const kneesBent = supineKneesBent();

const handsOnStomach = (() => {
  const spot = trunkPoint(kneesBent, 0, 9);
  return reach(reach(kneesBent, "nearArm", spot), "farArm", { ...spot, x: spot.x - 3 });
})();

/** Face down, arms by the sides, head resting. */
const proneRest = PRONE;

/** Propped on the forearms: elbows under the shoulders, hips still down. */
const onElbows = (() => {
  const propped = pose(PRONE, { lowerTrunk: -10, upperTrunk: -44, head: -20 });
  const shoulder = keyPoints(propped).nearUpperArm.start;
  const hands = { x: shoulder.x + 22, y: FLOOR - 3 };
  return reach(reach(propped, "nearArm", hands), "farArm", { ...hands, x: hands.x + 2 });
})();

/** Flat, forearms on the floor ahead of the shoulders, ready to prop up. */
const proneArmsReady = pose(PRONE, {
  nearUpperArm: 4,
  nearForearm: 2,
  farUpperArm: 6,
  farForearm: 2,
});

/** Lying with the calves on a chair seat: hips and knees at right angles. */
const UNLOADING_SEAT = FLOOR - LYING + 38 - 4;
const unloading = pose(SUPINE, {
  pelvis: { x: 100, y: LYING },
  farThigh: -90,
  farShin: 0,
  farFoot: -80,
  nearThigh: -90,
  nearShin: 0,
  nearFoot: -80,
});

const kneesToChest = (() => {
  const hugged = pose(kneesBent, {
    nearThigh: -128,
    nearShin: 16,
    farThigh: -125,
    farShin: 19,
    nearFoot: -60,
    farFoot: -60,
  });
  const knee = keyPoints(hugged).nearShin.start;
  const hold = { x: knee.x - 6, y: knee.y + 4 };
  return reach(reach(hugged, "nearArm", hold), "farArm", hold);
})();

const rockedBack = (() => {
  const start = quadruped();
  const knee = keyPoints(start).nearShin.start;
  const hands = keyPoints(start).nearForearm.end;
  // Part-way back, as far as is comfortable: the thighs tip forward, the knees stay put.
  const thigh = 57;
  const r = (thigh * Math.PI) / 180;
  const hips = {
    x: Math.round(knee.x - 38 * Math.cos(r)),
    y: Math.round(knee.y - 38 * Math.sin(r)),
  };
  const back = pose(start, {
    pelvis: hips,
    lowerTrunk: 2,
    upperTrunk: 6,
    head: 4,
    nearThigh: thigh,
    farThigh: thigh,
    nearShin: 180,
    farShin: 180,
  });
  return reach(reach(back, "nearArm", hands), "farArm", { ...hands, x: hands.x - 2 });
})();

/** Half-kneeling: far knee on a cushion, near foot flat in front; `forward` tips the hips on. */
function halfKneel(forward: number): Pose {
  const knee = { x: 70, y: FLOOR - 10 };
  const thigh = 90 + forward;
  const r = (thigh * Math.PI) / 180;
  const hips = {
    x: Math.round(knee.x - 38 * Math.cos(r)),
    y: Math.round(knee.y - 38 * Math.sin(r)),
  };
  const base = pose(STANDING, {
    pelvis: hips,
    lowerTrunk: -92,
    upperTrunk: -90,
    head: -90,
    farThigh: thigh,
    farShin: 172,
    farFoot: 168,
  });
  return pose(reach(base, "nearLeg", { x: 112, y: FLOOR - 3 }), { nearFoot: 0 });
}

export const SETTLE_ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  "abdominal-bracing": {
    start: handsOnStomach,
    end: handsOnStomach,
    props: MAT,
    alt: "A person lying on their back with knees bent and feet flat rests their fingertips on the sides of their stomach and gently firms the muscles there, breathing normally.",
  },
  "prone-lying": {
    start: proneRest,
    end: proneRest,
    props: MAT,
    alt: "A person lying face down on a mat, forehead resting on their hands, letting the whole body go heavy.",
  },
  "prone-on-elbows": {
    start: proneArmsReady,
    end: onElbows,
    props: MAT,
    alt: "A person lying face down props themselves up on their forearms, elbows under the shoulders and hips staying on the floor, then lowers down again.",
  },
  "cat-camel": {
    start: quadruped(-34, 16, 70),
    end: quadruped(8, -26, -30),
    props: MAT,
    alt: "A person on hands and knees slowly rounds their back up towards the ceiling with the head dropping, then lets the back gently sag while looking slightly forward.",
  },
  "unloading-break": {
    start: unloading,
    end: unloading,
    props: [{ kind: "floor" }, { kind: "chair", x: 96, backrest: "right", seat: UNLOADING_SEAT }],
    alt: "A person lying on their back on the floor with their calves resting on a chair seat, hips and knees bent at about right angles, resting.",
  },
  "easy-cycling": {
    start: pedalling(0),
    end: pedalling(180),
    props: [{ kind: "floor" }, { kind: "bike", x: 70 }],
    supported: true,
    alt: "A person pedalling a stationary bike at an easy pace, sitting fairly upright with hands on the handlebars.",
  },
  "posterior-pelvic-tilt": {
    start: supineKneesBent(pose(SUPINE, { lowerTrunk: 186 })),
    end: kneesBent,
    props: MAT,
    alt: "A person lying on their back with knees bent gently flattens the small of the back onto the floor by tightening the stomach, buttocks staying down, then releases.",
  },
  "knee-hugs": {
    start: kneesBent,
    end: kneesToChest,
    props: MAT,
    alt: "A person lying on their back with knees bent brings one knee, then both, towards the chest and hugs them gently with the hands behind the thighs.",
  },
  "quadruped-rock-back": {
    start: quadruped(),
    end: rockedBack,
    props: MAT,
    alt: "A person on hands and knees keeps the hands where they are and slowly sits the hips back towards the heels, then comes forward again.",
  },
  "hip-flexor-stretch-braced": {
    start: halfKneel(0),
    end: halfKneel(14),
    props: [{ kind: "floor" }, { kind: "cushion", x: 58 }],
    alt: "A person half-kneeling, back knee on a cushion and front foot flat, tucks the tailbone under and shifts their weight forward to stretch the front of the back hip, trunk upright.",
  },
};

/** On the bike: crank angle 0 puts the near pedal at the bottom. */
function pedalling(crank: number): Pose {
  const hips = { x: 70, y: 97 };
  const seated = pose(STANDING, { pelvis: hips, lowerTrunk: -62, upperTrunk: -58, head: -75 });
  const centre = { x: 84, y: 140 };
  const pedal = (angle: number) => {
    const r = ((angle + 90) * Math.PI) / 180;
    return { x: centre.x + 10 * Math.cos(r), y: centre.y + 10 * Math.sin(r) - 4 };
  };
  const legs = reach(reach(seated, "nearLeg", pedal(crank)), "farLeg", pedal(crank + 180));
  const bars = { x: 114, y: 80 };
  const arms = reach(reach(legs, "nearArm", bars), "farArm", { ...bars, x: bars.x - 2 });
  return pose(arms, { nearFoot: 10, farFoot: 10 });
}
