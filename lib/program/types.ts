import { RESULT_TYPE_LABELS, RESULT_TYPES, type ResultType } from "@/lib/quiz/types";

/** A plan exists for every quiz result type; the quiz's list and labels are the only copy. */
export type PlanType = ResultType;

export const PLAN_TYPES: readonly PlanType[] = RESULT_TYPES;

export const PLAN_TYPE_NAMES: Readonly<Record<PlanType, string>> = RESULT_TYPE_LABELS;

export type Phase = 1 | 2 | 3;

export const PHASES: readonly Phase[] = [1, 2, 3];

export const PHASE_NAMES: Readonly<Record<Phase, string>> = {
  1: "Settle",
  2: "Build",
  3: "Resilience",
};

export const PHASE_FOCUS: Readonly<Record<Phase, string>> = {
  1: "Calm symptoms, find the movement you tolerate, and walk.",
  2: "Corrective movement, core control and the hip hinge.",
  3: "Lifting and carrying mechanics, gradual load, and return to work and sport.",
};

export const LAST_PHASE: Phase = 3;

export type Dose = {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  minutes?: number;
  perDay?: number;
  /** The sets and reps are done on each side (left and right). */
  perSide?: boolean;
};

export type Exercise = {
  /** Kebab-case and stable: stored in session logs. */
  id: string;
  name: string;
  purpose: string;
  /** In order; the UI numbers them. */
  steps: readonly string[];
  /**
   * What a person typically feels when doing it right: one or two short plain sentences at a
   * grade-7 reading level, at most 200 characters, ending with a full stop. Shown as "What you
   * should feel" in the guided session player.
   */
  feel: string;
  dose: Dose;
  doseText: string;
  /**
   * Form and load tips plus at least one signal to stop or ease off (the player shows these as
   * "Stop or ease off if"), worded to match the pain rule on /program.
   */
  cautions: readonly string[];
  types: readonly PlanType[];
  phases: readonly Phase[];
  /**
   * "daily" items (walks, sitting breaks, getting out of bed) are habits spread through the
   * day and belong in every day's session; "session" items rotate.
   */
  rhythm: "daily" | "session";
  /**
   * Loaded lifts and carries, and the movements a type was told to go easy on: today's session
   * brings in at most one of these that the member has not done before, and none in the week
   * after the last one came in (docs/product.md §4).
   */
  introducedOneAtATime?: true;
};

export type Plan = {
  type: PlanType;
  phase: Phase;
  title: string;
  goal: string;
  exerciseIds: readonly string[];
  avoidEarly: readonly string[];
  dailyHabits: readonly string[];
};

export type FlareUpPlan = {
  type: PlanType;
  title: string;
  /** Plain-words explanation of what a flare-up is and why it is not a setback. */
  summary: string;
  nextFewDays: readonly string[];
  /** Phase-1 exercises that tend to ease this type. */
  exerciseIds: readonly string[];
  getAssessedIf: readonly string[];
};
