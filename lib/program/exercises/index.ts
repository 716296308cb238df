import type { Exercise } from "../types";
import { BUILD_EXERCISES } from "./build";
import { DAILY_HABITS } from "./daily-habits";
import { RESILIENCE_EXERCISES } from "./resilience";
import { SETTLE_EXERCISES } from "./settle";

/**
 * The exercise library. Written for LBPfix in plain words; doses are starting points the member
 * adjusts by how their back answers over the next day, not targets.
 *
 * `types` and `phases` say which plans use an exercise; plans.test.ts checks that they agree
 * exactly with the lists in plans/, so change both together.
 */
export const EXERCISES: readonly Exercise[] = [
  ...DAILY_HABITS,
  ...SETTLE_EXERCISES,
  ...BUILD_EXERCISES,
  ...RESILIENCE_EXERCISES,
];

const BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));

export function getExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/**
 * For ids that come from code (plans), where a miss is a programming error that the library
 * tests already rule out. Ids from the database should use getExercise and handle a miss.
 */
export function exerciseById(id: string): Exercise {
  const exercise = BY_ID.get(id);
  if (!exercise) throw new Error(`Unknown exercise id: ${id}`);
  return exercise;
}
