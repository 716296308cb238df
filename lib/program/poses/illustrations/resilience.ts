import type { Pose } from "../skeleton";
import { pose, reach, STANDING, trunkPoint } from "../pose-builders";
import { walking } from "../postures";
import { FLOOR, type Illustration } from "../types";

const FLOOR_ONLY = [{ kind: "floor" }] as const;

/** Walking with a loaded arm hanging still at the side instead of swinging. */
function carrying(flip: boolean, bothHands: boolean): Pose {
  const stride = walking(flip);
  const loaded = pose(stride, {
    nearUpperArm: 92,
    nearForearm: 90,
    lowerTrunk: -90,
    upperTrunk: -90,
    head: -90,
  });
  return bothHands ? pose(loaded, { farUpperArm: 88, farForearm: 90 }) : loaded;
}

const FEET = { x: 100, y: FLOOR - 3 };

/** Legs planted at FEET from wherever the hips are. */
function planted(body: Pose): Pose {
  return pose(reach(reach(body, "nearLeg", FEET), "farLeg", { ...FEET, x: FEET.x - 2 }), {
    nearFoot: 0,
    farFoot: 0,
  });
}

const BOX = { kind: "box", x: 36, width: 34, height: 44 } as const;

function gobletSquat(down: boolean): Pose {
  const hips = down ? { x: 66, y: FLOOR - BOX.height - 8 } : STANDING.pelvis;
  const trunk = down ? -62 : -90;
  const body = planted(
    pose(STANDING, { pelvis: hips, lowerTrunk: trunk, upperTrunk: trunk - 4, head: -90 }),
  );
  const chest = trunkPoint(body, 30, 10);
  return reach(reach(body, "nearArm", chest), "farArm", { ...chest, x: chest.x - 2 });
}

const BLOCKS = { kind: "box", x: 101, width: 30, height: 30 } as const;

function deadlift(down: boolean): Pose {
  const hips = down ? { x: 78, y: STANDING.pelvis.y + 16 } : STANDING.pelvis;
  const trunk = down ? -30 : -90;
  const body = planted(
    pose(STANDING, { pelvis: hips, lowerTrunk: trunk, upperTrunk: trunk, head: trunk - 20 }),
  );
  const hands = down ? { x: 116, y: FLOOR - BLOCKS.height - 16 } : trunkPoint(body, -8, 12);
  return reach(reach(body, "nearArm", hands), "farArm", { ...hands, x: hands.x - 2 });
}

const roundedDown = (() => {
  const body = planted(
    pose(STANDING, {
      pelvis: { x: 92, y: STANDING.pelvis.y + 3 },
      lowerTrunk: -52,
      upperTrunk: -8,
      head: 60,
    }),
  );
  return pose(body, { nearUpperArm: 100, nearForearm: 95, farUpperArm: 96, farForearm: 92 });
})();

function leanBack(back: boolean): Pose {
  const hips = back ? { x: 104, y: STANDING.pelvis.y + 1 } : STANDING.pelvis;
  const body = planted(
    pose(STANDING, {
      pelvis: hips,
      lowerTrunk: back ? -100 : -90,
      upperTrunk: back ? -112 : -90,
      head: back ? -124 : -90,
    }),
  );
  const onHips = trunkPoint(body, 8, 2);
  return reach(reach(body, "nearArm", onHips), "farArm", { ...onHips, x: onHips.x - 2 });
}

function pressOverhead(up: boolean): Pose {
  return up
    ? pose(STANDING, { nearUpperArm: -84, nearForearm: -86, farUpperArm: -86, farForearm: -88 })
    : pose(STANDING, { nearUpperArm: 76, nearForearm: -78, farUpperArm: 78, farForearm: -76 });
}

/** A turn to look and reach behind, as far as a side view shows it: the near arm goes back. */
const turned = pose(STANDING, {
  head: -96,
  upperTrunk: -93,
  nearUpperArm: 150,
  nearForearm: 140,
  farUpperArm: 70,
  farForearm: 40,
});

function liftBox(down: boolean): Pose {
  const hips = down ? { x: 82, y: STANDING.pelvis.y + 22 } : STANDING.pelvis;
  const trunk = down ? -46 : -90;
  const body = planted(
    pose(STANDING, { pelvis: hips, lowerTrunk: trunk, upperTrunk: trunk - 4, head: trunk - 10 }),
  );
  const hands = down ? { x: 124, y: FLOOR - 40 } : trunkPoint(body, 14, 18);
  return reach(reach(body, "nearArm", hands), "farArm", { ...hands, x: hands.x - 2 });
}

export const RESILIENCE_ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  "suitcase-carry": {
    start: carrying(false, false),
    end: carrying(true, false),
    props: FLOOR_ONLY,
    held: [{ kind: "bag", hand: "near" }],
    alt: "A person walks tall carrying a bag in one hand, shoulders level, without leaning away from the weight.",
  },
  "farmer-carry": {
    start: carrying(false, true),
    end: carrying(true, true),
    props: FLOOR_ONLY,
    held: [
      { kind: "kettlebell", hand: "near" },
      { kind: "kettlebell", hand: "far" },
    ],
    alt: "A person walks tall with short, steady steps carrying an equal weight in each hand.",
  },
  "goblet-squat-to-box": {
    start: gobletSquat(false),
    end: gobletSquat(true),
    props: [{ kind: "floor" }, BOX],
    held: [{ kind: "kettlebell", hand: "near" }],
    alt: "A person holding a weight against the chest sits the hips back and down until they lightly touch a box behind, chest up, then stands back up.",
  },
  "deadlift-from-blocks": {
    start: deadlift(true),
    end: deadlift(false),
    props: [{ kind: "floor" }, BLOCKS],
    held: [{ kind: "kettlebell", hand: "near" }],
    alt: "A person bends at the hips and knees to grip a kettlebell resting on blocks at about knee height, then pushes the floor away to stand tall with it, and lowers it the same way.",
  },
  "bend-forward-return": {
    start: planted(STANDING),
    end: roundedDown,
    props: FLOOR_ONLY,
    alt: "A person standing with soft knees drops the chin and slowly rolls down with a rounded back, hands towards the knees, then rolls back up.",
  },
  "back-bend-return": {
    start: leanBack(false),
    end: leanBack(true),
    props: FLOOR_ONLY,
    alt: "A person standing with hands on hips leans back gently, looking up a little, then comes back to upright.",
  },
  "overhead-reach": {
    start: pressOverhead(false),
    end: pressOverhead(true),
    props: FLOOR_ONLY,
    held: [
      { kind: "dumbbell", hand: "near" },
      { kind: "dumbbell", hand: "far" },
    ],
    alt: "A person standing tall presses a light weight in each hand from the shoulders up overhead, then lowers slowly.",
  },
  "quick-turns-return": {
    start: STANDING,
    end: turned,
    props: FLOOR_ONLY,
    alt: "A person standing with feet hip-width apart turns to look and reach behind to one side, then comes back to the middle.",
  },
  "task-rehearsal": {
    start: liftBox(true),
    end: liftBox(false),
    props: FLOOR_ONLY,
    held: [{ kind: "box", hand: "near" }],
    alt: "A person practises a real task in a small dose, here lifting a light box from knee height and standing tall with it held close.",
  },
};
