import { adjustedDoseFor, type DoseLevel, type DoseToShow } from "./dose-adaptation";
import { getExercise } from "./exercises";
import type { Phase } from "./types";

/**
 * The dose to show for each exercise, by id, from the member's stored levels: what /program
 * and the guided session player show for today's session and the plan. An id that is not in
 * the library is left out (ids can come from stored sessions).
 */
export function dosesFor(
  exerciseIds: readonly string[],
  levels: Readonly<Record<string, DoseLevel>>,
  phase: Phase,
): Record<string, DoseToShow> {
  const doses: Record<string, DoseToShow> = {};
  for (const id of exerciseIds) {
    const exercise = getExercise(id);
    if (exercise) doses[id] = adjustedDoseFor(exercise, levels[id], phase);
  }
  return doses;
}

/** Only the adjusted ones' words, by id: what the exercise cards and today's list need. */
export function adjustedDoseTexts(
  doses: Readonly<Record<string, DoseToShow>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(doses).flatMap(([id, d]) => (d.adjusted ? [[id, d.doseText]] : [])),
  );
}
