import { CIRCUMSTANCES, type Circumstance } from "@/lib/quiz/circumstances";
import type { Plan } from "./types";

/**
 * Exercise swaps for the quiz's `circumstances` answer (docs/product.md §4). Pregnancy
 * (ACOG Committee Opinion 804): no lying on the front, no long spells flat on the back after
 * 20 weeks, no curl-ups; all-fours and side-lying versions instead. Osteoporosis or a past
 * spinal fracture (Brooke-Wavell et al., "Strong, Steady and Straight", BJSM 2022): no loaded
 * or sustained deep forward bending, no curl-ups; balance and strength instead.
 */
export type ExerciseSwap = { from: string; to: string; because: Circumstance; reason: string };

const PREGNANT = "Because you told us you're pregnant or gave birth recently";
const BONES = "Because you told us you have osteoporosis or have had a spinal fracture";

const SWAPS: Readonly<
  Record<"pregnant" | "osteoporosis", readonly Omit<ExerciseSwap, "because">[]>
> = {
  pregnant: [
    {
      from: "prone-lying",
      to: "cat-camel",
      reason: `${PREGNANT}, this is done on hands and knees instead of lying on your front.`,
    },
    {
      from: "prone-on-elbows",
      to: "cat-camel",
      reason: `${PREGNANT}, this is done on hands and knees instead of lying on your front.`,
    },
    {
      from: "curl-up",
      to: "side-bridge-knees",
      reason: `${PREGNANT}, a side bridge on your knees works your trunk instead of curl-ups.`,
    },
    {
      from: "dead-bug",
      to: "bird-dog",
      reason: `${PREGNANT}, this is done on hands and knees instead of flat on your back.`,
    },
    {
      from: "knee-hugs",
      to: "quadruped-rock-back",
      reason: `${PREGNANT}, rocking back on hands and knees replaces lying on your back.`,
    },
  ],
  osteoporosis: [
    {
      from: "knee-hugs",
      to: "posterior-pelvic-tilt",
      reason: `${BONES}, a gentle pelvic tilt replaces deep knee hugs.`,
    },
    {
      from: "quadruped-rock-back",
      to: "posterior-pelvic-tilt",
      reason: `${BONES}, a gentle pelvic tilt replaces rocking back into a deep bend.`,
    },
    {
      from: "curl-up",
      to: "side-bridge-knees",
      reason: `${BONES}, a side bridge on your knees works your trunk instead of curl-ups.`,
    },
    {
      from: "cat-camel",
      to: "bird-dog",
      reason: `${BONES}, bird dog trains control without repeated deep rounding.`,
    },
    {
      from: "bend-forward-return",
      to: "hip-hinge-load-close",
      reason: `${BONES}, bending at the hips with a light load replaces rolling down into a deep forward bend.`,
    },
    {
      from: "quick-turns-return",
      to: "pallof-hold",
      reason: `${BONES}, a hold against a band trains turning control without quick twists.`,
    },
    {
      from: "deadlift-from-blocks",
      to: "suitcase-carry",
      reason: `${BONES}, a carry builds strength without loaded forward bending.`,
    },
  ],
};

/** The circumstances in a stored answer set; version-1 answers (and anything odd) have none. */
export function circumstancesFromAnswers(answers: unknown): Circumstance[] {
  if (typeof answers !== "object" || answers === null || !("circumstances" in answers)) return [];
  const value: unknown = answers.circumstances;
  if (!Array.isArray(value)) return [];
  return CIRCUMSTANCES.filter((c) => value.includes(c));
}

/** Exercise ids with every swap applied (first swap wins, duplicates dropped), and the swaps made. */
export function adaptExerciseIds(
  ids: readonly string[],
  circumstances: readonly Circumstance[],
): { ids: string[]; swaps: ExerciseSwap[] } {
  const rules = circumstances.flatMap((because) =>
    because === "recentSurgery" ? [] : SWAPS[because].map((swap) => ({ ...swap, because })),
  );
  const swaps: ExerciseSwap[] = [];
  const out: string[] = [];
  for (const id of ids) {
    let current = id;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules.find((r) => r.from === current);
      if (!rule) break;
      swaps.push(rule);
      current = rule.to;
    }
    if (!out.includes(current)) out.push(current);
  }
  return { ids: out, swaps };
}

/** A plan with its exercises adapted, and the swaps it needed. */
export function adaptPlan(plan: Plan, circumstances: readonly Circumstance[]) {
  const { ids, swaps } = adaptExerciseIds(plan.exerciseIds, circumstances);
  return { plan: { ...plan, exerciseIds: ids }, swaps };
}
