import type { Dose, Exercise, Phase } from "./types";

// How a member's "too easy / about right / too hard" after a guided session moves that
// exercise's next dose (docs/product.md §4, "Adjusted doses"). Pure: the stored level comes in,
// the next level and the dose to show go out; db/queries/dose-levels.ts keeps the level.

export const DOSE_RATINGS = ["too-easy", "about-right", "too-hard"] as const;
export type DoseRating = (typeof DOSE_RATINGS)[number];

/** A member's level for one exercise, as stored: steps away from the plan's dose, in a phase. */
export type DoseLevel = { phase: Phase; level: number; easyStreak: number };

/**
 * Steps either side of the plan's dose. Two steps down is a clear easing (8 reps → 6) without
 * turning the exercise into something else; four up is about half as much again on a typical
 * 8-rep dose. Bigger progress is the next phase's job, with its own exercises, so a phase's
 * plan stays recognisable.
 */
export const LEVELS_BELOW = 2;
export const LEVELS_ABOVE = 4;

/** "Too easy" this many times in a row, across sessions, moves one step up. */
export const EASY_RATINGS_TO_STEP_UP = 2;

/**
 * Holds of 5 seconds or more progress by their length; a shorter hold is a pause at the top of
 * a rep (a glute bridge's 3 seconds), so those progress by reps.
 */
const HOLD_MIN_SECONDS = 5;

type Step = {
  field: "holdSeconds" | "reps" | "minutes";
  size: number;
  /** Never below this, whatever the level: a hold too short to feel, no reps, no minutes. */
  minimum: number;
};

/** What one step changes for a dose, or null when the dose has nothing to count (carries, habits). */
function stepOf(dose: Dose): Step | null {
  if (dose.holdSeconds !== undefined && dose.holdSeconds >= HOLD_MIN_SECONDS)
    return { field: "holdSeconds", size: 5, minimum: HOLD_MIN_SECONDS };
  if (dose.reps !== undefined) return { field: "reps", size: 1, minimum: 1 };
  // A minute on a 3-minute stretch, a tenth on longer walks and rides (15 → 17 minutes).
  if (dose.minutes !== undefined)
    return { field: "minutes", size: Math.max(1, Math.round(dose.minutes / 10)), minimum: 1 };
  return null;
}

/**
 * Daily habits (walks, sitting breaks, getting out of bed) are spread through the day and have
 * their own weekly build-up in their wording; only session exercises with a count adapt.
 */
export function isAdjustable(exercise: Exercise): boolean {
  return exercise.rhythm === "session" && stepOf(exercise.dose) !== null;
}

/** The lowest and highest level the exercise can reach in any phase. */
export function levelBounds(exercise: Exercise): { lowest: number; highest: number } {
  const step = isAdjustable(exercise) ? stepOf(exercise.dose) : null;
  const base = step ? exercise.dose[step.field] : undefined;
  if (!step || base === undefined) return { lowest: 0, highest: 0 };
  const stepsAboveMinimum = Math.max(0, Math.floor((base - step.minimum) / step.size));
  return { lowest: 0 - Math.min(LEVELS_BELOW, stepsAboveMinimum), highest: LEVELS_ABOVE };
}

/** The level that counts now: a level stored in another phase counts as none (a new plan). */
function currentLevel(exercise: Exercise, stored: DoseLevel | undefined, phase: Phase) {
  if (!stored || stored.phase !== phase) return { level: 0, easyStreak: 0 };
  const { lowest, highest } = levelBounds(exercise);
  // Clamped on read too: a level stored before the library's dose changed stays in bounds.
  return {
    level: Math.min(highest, Math.max(lowest, stored.level)),
    easyStreak: stored.easyStreak,
  };
}

/** The level after one rating, in the phase the session was done in. */
export function nextDoseLevel(
  exercise: Exercise,
  stored: DoseLevel | undefined,
  rating: DoseRating,
  phase: Phase,
): DoseLevel {
  const { level, easyStreak } = currentLevel(exercise, stored, phase);
  const { lowest, highest } = levelBounds(exercise);
  if (rating === "too-hard") return { phase, level: Math.max(lowest, level - 1), easyStreak: 0 };
  if (rating === "about-right") return { phase, level, easyStreak: 0 };
  if (easyStreak + 1 < EASY_RATINGS_TO_STEP_UP) return { phase, level, easyStreak: easyStreak + 1 };
  return { phase, level: Math.min(highest, level + 1), easyStreak: 0 };
}

/** The dose at a level: one field moved by whole steps, sets and everything else unchanged. */
export function doseAtLevel(exercise: Exercise, level: number): Dose {
  const step = isAdjustable(exercise) ? stepOf(exercise.dose) : null;
  const base = step ? exercise.dose[step.field] : undefined;
  if (!step || base === undefined) return exercise.dose;
  const { lowest, highest } = levelBounds(exercise);
  const within = Math.min(highest, Math.max(lowest, level));
  return { ...exercise.dose, [step.field]: Math.max(step.minimum, base + within * step.size) };
}

export type DoseToShow = { dose: Dose; doseText: string; adjusted: boolean };

/**
 * What to show for an exercise today, given the member's stored level and their plan's phase.
 * Unadjusted doses keep the library's handwritten words ("8 slow cycles"); adjusted ones are
 * spelled out from the numbers, since the handwritten words no longer match.
 */
export function adjustedDoseFor(
  exercise: Exercise,
  stored: DoseLevel | undefined,
  phase: Phase,
): DoseToShow {
  const { level } = currentLevel(exercise, stored, phase);
  if (level === 0) return { dose: exercise.dose, doseText: exercise.doseText, adjusted: false };
  const dose = doseAtLevel(exercise, level);
  return { dose, doseText: formatDose(dose), adjusted: true };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TIMES_A_DAY: Readonly<Record<number, string>> = { 1: "once a day", 2: "twice a day" };

/** A dose in plain words: "12 reps", "8 holds of 15 seconds", "4 minutes", "… on each side". */
export function formatDose(dose: Dose): string {
  const { sets, reps, holdSeconds, minutes, perDay, perSide } = dose;
  const holds = holdSeconds !== undefined && holdSeconds >= HOLD_MIN_SECONDS;
  let count = "";
  if (reps !== undefined && holdSeconds !== undefined)
    count = holds
      ? `${plural(reps, "hold", "holds")} of ${plural(holdSeconds, "second", "seconds")}`
      : `${plural(reps, "rep", "reps")}, holding ${plural(holdSeconds, "second", "seconds")}`;
  else if (reps !== undefined) count = plural(reps, "rep", "reps");
  else if (holdSeconds !== undefined)
    count = `a hold of ${plural(holdSeconds, "second", "seconds")}`;
  let text = count;
  if (sets !== undefined && sets > 1) text = count ? `${sets} sets of ${count}` : `${sets} sets`;
  if (minutes !== undefined) {
    const time = plural(minutes, "minute", "minutes");
    text = text ? `${text}, ${time}` : time;
  }
  if (perSide && text) text = `${text} on each side`;
  if (perDay !== undefined && text)
    text = `${text}, ${TIMES_A_DAY[perDay] ?? `${perDay} times a day`}`;
  return text;
}
