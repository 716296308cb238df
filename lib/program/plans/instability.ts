import type { Phase } from "../types";
import { RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const INSTABILITY_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Calm a back that catches or gives way by making transitions slow and braced, and by walking.",
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
      "Getting out of bed or up from a chair without bracing first",
      "End-of-range stretches that leave the back feeling loose",
      "Sports with quick changes of direction",
    ],
    dailyHabits: [
      "Walk for about 10 minutes three times a day",
      "Log-roll out of bed",
      "Brace before you stand up, turn or lift",
    ],
  },
  2: {
    goal: "Build control so the pelvis and spine stay steady while arms and legs move.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "log-roll",
      "brace-before-standing",
      "abdominal-bracing",
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
      "Brace before standing, turning and lifting until it becomes automatic",
      "Move slowly and steadily through the moments that used to catch",
    ],
  },
  3: {
    goal: "Keep control under real loads and speeds and return to work and sport step by step.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "dead-bug",
      "pallof-hold",
      "hip-hinge-load-close",
      "goblet-squat-to-box",
      "deadlift-from-blocks",
      "suitcase-carry",
      "farmer-carry",
      "task-rehearsal",
    ],
    avoidEarly: [...RESILIENCE_AVOID, "Fast twisting sports before slow versions feel solid"],
    dailyHabits: [
      "Walk most days",
      "Brace before lifting or turning with a load",
      "Stop a session when you feel your control slipping",
    ],
  },
};
