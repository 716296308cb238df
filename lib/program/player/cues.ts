import type { PlayerState } from "./session-machine";
import { blockLabel, type WorkPlan } from "./work-plan";

/**
 * What the player says (on screen for screen readers, and aloud when spoken cues are on)
 * when something changes. A screen reader hears every second of a countdown as noise, so a
 * countdown is announced only at a few points (countdownCue); the stage changes carry the
 * instructions.
 */
export function stageCue(
  before: PlayerState,
  after: PlayerState,
  plan: WorkPlan,
  exerciseName: string,
): string | null {
  if (after.finished && !before.finished) return "Session finished. Well done.";
  if (after.index !== before.index || (after.stage === "ready" && before.stage !== "ready")) {
    return `${exerciseName}. Press start when you're ready.`;
  }
  if (after.stage === before.stage && after.block === before.block && after.rep === before.rep)
    return null;
  const where = blockLabel(plan, after.block);
  switch (after.stage) {
    case "work":
      if (plan.kind === "hold") return `Hold for ${plan.workMs / 1000} seconds.`;
      if (plan.kind === "timed") return `Go. ${plan.workMs / 60_000} minutes.`;
      if (plan.kind === "reps")
        return after.rep === 0 && before.stage !== "work"
          ? `${where ? `${where}. ` : ""}${plan.reps} reps, at your own pace.`
          : `${after.rep} of ${plan.reps}.`;
      return null;
    case "rest":
      return after.block !== before.block
        ? `Rest. Next: ${where ?? "the next set"}.`
        : `Rest. ${after.rep} of ${plan.reps} done.`;
    case "complete":
      return `${exerciseName} done.`;
    case "ready":
      return null;
  }
}

/** Points of a countdown worth saying: every 10 seconds of a long one, then 5, 3, 2, 1. */
export function countdownCue(secondsLeft: number, totalSeconds: number): string | null {
  if (secondsLeft <= 0 || secondsLeft >= totalSeconds) return null;
  if (secondsLeft <= 3) return String(secondsLeft);
  if (secondsLeft === 5) return "5 seconds";
  if (secondsLeft % 60 === 0)
    return `${secondsLeft / 60} ${secondsLeft === 60 ? "minute" : "minutes"} left`;
  if (secondsLeft < 60 && secondsLeft % 10 === 0) return `${secondsLeft} seconds`;
  return null;
}
