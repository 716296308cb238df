import { BUILD_ILLUSTRATIONS } from "./illustrations/build";
import { DAILY_HABIT_ILLUSTRATIONS } from "./illustrations/daily-habits";
import { RESILIENCE_ILLUSTRATIONS } from "./illustrations/resilience";
import { SETTLE_ILLUSTRATIONS } from "./illustrations/settle";
import type { Illustration } from "./types";

/** One illustration per exercise id; illustrations.test.ts checks every exercise has one. */
export const ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  ...DAILY_HABIT_ILLUSTRATIONS,
  ...SETTLE_ILLUSTRATIONS,
  ...BUILD_ILLUSTRATIONS,
  ...RESILIENCE_ILLUSTRATIONS,
};

export function getIllustration(exerciseId: string): Illustration | undefined {
  return Object.hasOwn(ILLUSTRATIONS, exerciseId) ? ILLUSTRATIONS[exerciseId] : undefined;
}
