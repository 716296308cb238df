import type { Phase } from "../types";
import { LIFT_CARRY_AND_RETURN, RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const UNCLEAR_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Settle the back with general, well-tolerated activity while you learn from your journal what helps.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "brace-before-standing",
      "abdominal-bracing",
      "cat-camel",
      "unloading-break",
      "easy-cycling",
    ],
    avoidEarly: [
      "Anything totally new or inherently risky",
      "Activities that clearly make the pain worse; retry them gently in a week or two",
    ],
    dailyHabits: [
      "Walk for about 10 minutes three times a day",
      "Get up and move every 20–30 minutes",
      "Keep your journal daily: memory is unreliable, notes are not",
    ],
  },
  2: {
    goal: "Build general trunk strength, control and the hip hinge for a back that copes with more.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "easy-cycling",
      "curl-up",
      "side-bridge-knees",
      "bird-dog",
      "dead-bug",
      "pallof-hold",
      "glute-bridge",
      "hip-hinge-dowel",
      "hip-hinge-load-close",
    ],
    avoidEarly: [
      "Adding more than one new or previously painful activity at a time",
      "Pushing through pain that is worse the next morning",
    ],
    dailyHabits: [
      "Keep building your daily walking",
      "Try one new activity at a time and note how your back responds",
      "Keep your journal daily",
    ],
  },
  3: {
    goal: "Build general resilience: lift, carry and return to work and sport step by step.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "dead-bug",
      "pallof-hold",
      "hip-hinge-load-close",
      ...LIFT_CARRY_AND_RETURN,
    ],
    avoidEarly: RESILIENCE_AVOID,
    dailyHabits: [
      "Walk most days",
      "Keep doing things you enjoy",
      "Review your journal weekly for patterns",
    ],
  },
};
