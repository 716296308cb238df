import type { Dose } from "../types";

/**
 * How the player runs one exercise, read from its dose:
 * - "hold": each rep is a hold the player times, with a short rest between holds;
 * - "reps": the person does each rep at their own pace and taps the counter;
 * - "timed": one countdown (walks, positions held for minutes);
 * - "free": no count to keep (habits, carries by distance); the person says when it's done.
 */
export type WorkKind = "hold" | "reps" | "timed" | "free";

export type WorkPlan = {
  kind: WorkKind;
  /** A hold's or a timed exercise's length; 0 when the person keeps the pace. */
  workMs: number;
  /** Reps (or holds) in each block. */
  reps: number;
  /** Sets × sides: a block is one set on one side; the player rests between blocks. */
  blocks: number;
  /** Per-side exercises alternate sides block by block. */
  sides: 1 | 2;
};

/** Long enough to breathe and reset between holds, short enough that the muscle stays warm. */
export const REST_BETWEEN_HOLDS_MS = 5_000;
/** Between sets, or before switching sides. */
export const REST_BETWEEN_BLOCKS_MS = 30_000;

export function workPlanFor(dose: Dose): WorkPlan {
  const sides = dose.perSide ? 2 : 1;
  const sets = Math.max(1, dose.sets ?? 1);
  if (dose.holdSeconds) {
    return {
      kind: "hold",
      workMs: dose.holdSeconds * 1000,
      reps: Math.max(1, dose.reps ?? 1),
      blocks: sets * sides,
      sides,
    };
  }
  if (dose.reps) return { kind: "reps", workMs: 0, reps: dose.reps, blocks: sets * sides, sides };
  if (dose.minutes)
    return { kind: "timed", workMs: dose.minutes * 60_000, reps: 1, blocks: 1, sides: 1 };
  return { kind: "free", workMs: 0, reps: 1, blocks: 1, sides: 1 };
}

/** "Set 2 of 3 · left side"-style position of a block, for the screen and the spoken cue. */
export function blockLabel(plan: WorkPlan, block: number): string | null {
  if (plan.blocks <= 1) return null;
  const sets = plan.blocks / plan.sides;
  const set = Math.floor(block / plan.sides) + 1;
  const parts: string[] = [];
  if (sets > 1) parts.push(`Set ${set} of ${sets}`);
  if (plan.sides === 2) parts.push(block % 2 === 0 ? "first side" : "other side");
  return parts.join(" · ");
}

/** Rough seconds per rep when the person keeps the pace (slow, controlled reps). */
const SECONDS_PER_REP = 4;
/** A habit or carry with no count: about a minute. */
const FREE_SECONDS = 60;

/** About how long an exercise takes with its rests: for "about 12 minutes" on the start screen. */
export function estimatedSeconds(plan: WorkPlan): number {
  const blockRests = ((plan.blocks - 1) * REST_BETWEEN_BLOCKS_MS) / 1000;
  switch (plan.kind) {
    case "hold":
      return (
        (plan.blocks * (plan.reps * plan.workMs + (plan.reps - 1) * REST_BETWEEN_HOLDS_MS)) / 1000 +
        blockRests
      );
    case "reps":
      return plan.blocks * plan.reps * SECONDS_PER_REP + blockRests;
    case "timed":
      return plan.workMs / 1000;
    case "free":
      return FREE_SECONDS;
  }
}
