import type { Plan } from "../types";

/** What a plan file writes for one phase; the type, phase and title are added by getPlan. */
export type PlanContent = Omit<Plan, "type" | "phase" | "title">;

/** What every phase-3 plan asks the member to go easy on. */
export const RESILIENCE_AVOID = [
  "Changing more than one thing at a time (weight, height, distance or a new activity)",
  "Lifting to failure or until your form breaks down",
];

/**
 * How every phase 3 ends: the loaded lifts and carries (brought in one at a time, today.ts),
 * then rehearsing the member's own work and sport tasks.
 */
export const LIFT_CARRY_AND_RETURN = [
  "goblet-squat-to-box",
  "deadlift-from-blocks",
  "suitcase-carry",
  "farmer-carry",
  "task-rehearsal",
];
