import { PLAN_TYPE_NAMES, type FlareUpPlan, type PlanType } from "./types";

/**
 * What to do for the next few days of a flare-up. Relative rest, never bed rest: the source
 * material is clear that for most back pain doing less-but-something beats doing nothing.
 */

const RELATIVE_REST =
  "Keep moving, just a little less than usual: this is relative rest, not bed rest.";

const COMMON_NEXT_DAYS = [
  "Take short, gentle walks several times a day; even 5 minutes counts.",
  "Do the easing exercises below once or twice a day and skip any that make it worse.",
  "Pause the harder parts of your program (loaded lifts, carries, new activities) for a few days, then pick them back up gradually as it settles.",
  "Keep logging your pain each day. Most flare-ups settle within days to a couple of weeks.",
];

// The warning signs that need care first are the shared red-flag list (lib/safety/red-flags.ts),
// which the flare-up card renders beside these; this list is only when to book an assessment.
const GET_ASSESSED_IF = [
  "See a physiotherapist or GP if the pain is severe and getting worse with any and all activity.",
  "Book an assessment if it is not easing after a week, or not back to your usual within two weeks.",
];

const BY_TYPE: Readonly<Record<PlanType, { advice: string; exerciseIds: readonly string[] }>> = {
  flexion: {
    advice:
      "Keep sitting spells short and avoid bending in the first hour after waking; lying on your front for a few minutes often helps.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "log-roll",
      "prone-lying",
      "prone-on-elbows",
      "abdominal-bracing",
    ],
  },
  extension: {
    advice:
      "Break up standing, avoid arching back, and use the gentle rounding movements that ease it.",
    exerciseIds: [
      "walk-short-bouts",
      "supported-sitting",
      "posterior-pelvic-tilt",
      "knee-hugs",
      "quadruped-rock-back",
    ],
  },
  instability: {
    advice:
      "Move slowly and steadily, with a light brace for the moves that catch if it helps, and go easy on sudden twists for a few days.",
    exerciseIds: [
      "walk-short-bouts",
      "log-roll",
      "brace-before-standing",
      "abdominal-bracing",
      "heel-slides",
    ],
  },
  load: {
    advice:
      "Put heavy loads down for now and share lifting and carrying; short unloading breaks between bouts of activity help.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "brace-before-standing",
      "unloading-break",
      "abdominal-bracing",
    ],
  },
  mixed: {
    advice:
      "Stay in the comfortable middle range, avoiding both deep bends and arching, and change position often.",
    exerciseIds: [
      "walk-short-bouts",
      "log-roll",
      "supported-sitting",
      "unloading-break",
      "abdominal-bracing",
    ],
  },
  unclear: {
    advice:
      "Lean on whatever has felt easiest so far, and note in your journal what eases it and what does not.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "unloading-break",
      "abdominal-bracing",
      "easy-cycling",
    ],
  },
};

export function flareUpPlan(type: PlanType): FlareUpPlan {
  const { advice, exerciseIds } = BY_TYPE[type];
  return {
    type,
    title: `Flare-up plan: ${PLAN_TYPE_NAMES[type]}`,
    summary:
      "A flare-up is a spell of higher pain, not a sign of new damage. Ease off for a few days and keep moving gently until it settles.",
    nextFewDays: [RELATIVE_REST, advice, ...COMMON_NEXT_DAYS],
    exerciseIds,
    getAssessedIf: GET_ASSESSED_IF,
  };
}
