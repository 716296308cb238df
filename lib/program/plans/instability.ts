import type { Phase } from "../types";
import { LIFT_CARRY_AND_RETURN, RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const INSTABILITY_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Calm a back that catches or gives way by making transitions slow and steady, and by walking.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "log-roll",
      "brace-before-standing",
      "abdominal-bracing",
      "cat-camel",
      "heel-slides",
      "bent-knee-fall-outs",
    ],
    avoidEarly: [
      "Sudden or twisting movements, especially when tired",
      "Rushing out of bed or up from a chair",
      "Long stretches held at the very end of your range",
      "Sports with quick changes of direction",
    ],
    dailyHabits: [
      "Walk for about 10 minutes three times a day",
      "Log-roll out of bed",
      "A light brace before a move that tends to catch, if it helps; it is a short-term tool",
    ],
  },
  2: {
    goal: "Build control so the pelvis and spine stay steady while arms and legs move.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "log-roll",
      "heel-slides",
      "bent-knee-fall-outs",
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
      "Fast or twisting movements under load",
      "Exercising to the point of fatigue, when control slips first",
      "Stretching into the positions that catch",
    ],
    dailyHabits: [
      "Keep building your daily walking",
      "Use the light brace less and less as moves stop catching",
      "Move slowly and steadily through the moments that used to catch",
    ],
  },
  3: {
    goal: "Move with confidence under real loads and speeds, bring back quicker turns step by step, and return to work and sport.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "dead-bug",
      "pallof-hold",
      "hip-hinge-load-close",
      "quick-turns-return",
      ...LIFT_CARRY_AND_RETURN,
    ],
    avoidEarly: [...RESILIENCE_AVOID, "Fast twisting sports before slow versions feel solid"],
    dailyHabits: [
      "Walk most days",
      "Move freely in everyday life; no need to brace first",
      "Stop a session when you feel your control slipping",
    ],
  },
};
