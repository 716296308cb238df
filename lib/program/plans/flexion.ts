import type { Phase } from "../types";
import { RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const FLEXION_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Calm a back that dislikes bending and sitting, by walking often and finding positions that ease it.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "log-roll",
      "supported-sitting",
      "abdominal-bracing",
      "prone-lying",
      "prone-on-elbows",
    ],
    avoidEarly: [
      "Heavy bending or lifting in the first hour after waking, when the discs are most sensitive",
      "Sitting for more than 20–30 minutes at a time",
      "Toe-touching, sit-ups and knees-to-chest stretches",
      "Slumped sitting on a soft sofa",
    ],
    dailyHabits: [
      "Walk for about 10 minutes three times a day",
      "Get up from sitting every 20–30 minutes",
      "Log-roll out of bed and keep the first hour of the day free of bending",
    ],
  },
  2: {
    goal: "Build trunk endurance and learn to bend from the hips so everyday bending stops provoking the back.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "log-roll",
      "supported-sitting",
      "abdominal-bracing",
      "prone-on-elbows",
      "curl-up",
      "side-bridge-knees",
      "bird-dog",
      "glute-bridge",
      "hip-hinge-dowel",
      "hip-hinge-load-close",
    ],
    avoidEarly: [
      "Repeated bending from the lower back; use the hip hinge instead",
      "Long unbroken sitting, especially driving",
      "Heavy bending soon after waking",
    ],
    dailyHabits: [
      "Keep building your daily walking",
      "Use a hip hinge to pick things up, even light ones",
      "Keep getting up from sitting every 20–30 minutes",
    ],
  },
  3: {
    goal: "Lift and carry with confidence and return to work and sport, adding load step by step.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "hip-hinge-load-close",
      "goblet-squat-to-box",
      "deadlift-from-blocks",
      "suitcase-carry",
      "farmer-carry",
      "task-rehearsal",
    ],
    avoidEarly: [...RESILIENCE_AVOID, "Heavy lifting in the first hour after waking"],
    dailyHabits: [
      "Walk most days",
      "Hinge from the hips for every lift",
      "Keep sitting in chunks of no more than 30 minutes",
    ],
  },
};
