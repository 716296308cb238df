import { pose, reach, STANDING, trunkPoint } from "../pose-builders";
import { sitting, supineKneesBent, SUPINE, walking } from "../postures";
import { FLOOR, type Illustration } from "../types";

const FLOOR_ONLY = [{ kind: "floor" }] as const;
const CHAIR = { kind: "chair", x: 40, backrest: "left" } as const;

/** Standing up in front of the chair the figure sat on. */
const STOOD_UP = pose(STANDING, { pelvis: { x: 84, y: STANDING.pelvis.y } });

const BED = { kind: "bed", x: 16, width: 150, height: 36 } as const;
const ON_BED = FLOOR - BED.height - 7;

const lyingInBed = supineKneesBent(pose(SUPINE, { pelvis: { x: 104, y: ON_BED } }));
const sittingOnBedEdge = (() => {
  const hips = { x: 132, y: FLOOR - BED.height - 4 };
  const upright = pose(STANDING, { pelvis: hips, lowerTrunk: -95, upperTrunk: -90 });
  const legs = reach(reach(upright, "nearLeg", { x: 172, y: FLOOR - 3 }), "farLeg", {
    x: 169,
    y: FLOOR - 3,
  });
  const hand = { x: hips.x - 12, y: FLOOR - BED.height - 2 };
  return reach(reach(legs, "nearArm", hand), "farArm", { ...hand, x: hand.x - 4 });
})();

const leaningForward = (() => {
  const seated = sitting(54, -62);
  const onThighs = { x: 84, y: seated.pelvis.y - 6 };
  return reach(reach(seated, "nearArm", onThighs), "farArm", { ...onThighs, x: 81 });
})();

const sittingBack = (() => {
  const seated = sitting(50, -98);
  const lap = trunkPoint(seated, 4, 24);
  return reach(reach(seated, "nearArm", lap), "farArm", { ...lap, x: lap.x - 3 });
})();

export const DAILY_HABIT_ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  "walk-short-bouts": {
    start: walking(false),
    end: walking(true),
    props: FLOOR_ONLY,
    alt: "A person walking upright on level ground with an easy, normal-length stride, arms swinging naturally.",
  },
  "walking-program": {
    start: walking(false),
    end: walking(true),
    props: FLOOR_ONLY,
    alt: "A person walking upright at a comfortable, steady pace, arms swinging: the walks grow a little longer each week.",
  },
  "sitting-breaks": {
    start: sitting(52),
    end: STOOD_UP,
    props: [{ kind: "floor" }, CHAIR],
    alt: "A person sitting on a chair stands up for a minute or two to walk about or shift their weight, then sits down again.",
  },
  "log-roll": {
    start: lyingInBed,
    end: sittingOnBedEdge,
    props: [{ kind: "floor" }, BED],
    supported: true,
    alt: "A person lying on their back in bed with knees bent rolls to their side in one piece and pushes up with their arms to sit on the edge of the bed, lower legs coming down to the floor.",
  },
  "brace-before-standing": {
    start: leaningForward,
    end: STOOD_UP,
    props: [{ kind: "floor" }, CHAIR],
    alt: "A person sitting near the front of a chair, feet under the knees, gently tightens their stomach, leans forward and pushes through the legs to stand up.",
  },
  "supported-sitting": {
    start: leaningForward,
    end: sittingBack,
    props: [{ kind: "floor" }, CHAIR],
    alt: "A person on a chair moves from leaning forward to sitting all the way back against the backrest, feet flat on the floor and hands resting in the lap.",
  },
};
