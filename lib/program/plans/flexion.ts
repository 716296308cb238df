import type { Phase } from "../types";
import { LIFT_CARRY_AND_RETURN, RESILIENCE_AVOID, type PlanContent } from "./plan-content";

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
      "Heavy bending or lifting in the first hour after waking, when many backs feel stiffest",
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
    goal: "Build trunk endurance, and learn the hip hinge as one more way to bend while bending from the lower back is sore.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "log-roll",
      "supported-sitting",
      "prone-on-elbows",
      "curl-up",
      "side-bridge-knees",
      "bird-dog",
      "glute-bridge",
      "hip-hinge-dowel",
      "hip-hinge-load-close",
    ],
    avoidEarly: [
      "Lots of deep bending in one go; the hip hinge is one way to bend that may feel easier for now",
      "Long unbroken sitting, especially driving",
      "Heavy bending soon after waking",
    ],
    dailyHabits: [
      "Keep building your daily walking",
      "Try the hip hinge when bending feels sore; any way of picking things up that feels comfortable is fine",
      "Keep getting up from sitting every 20–30 minutes",
    ],
  },
  3: {
    goal: "Lift and carry with confidence, bring back bending and longer sitting step by step, and return to work and sport.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "hip-hinge-load-close",
      "bend-forward-return",
      ...LIFT_CARRY_AND_RETURN,
    ],
    avoidEarly: [...RESILIENCE_AVOID, "Heavy lifting in the first hour after waking"],
    dailyHabits: [
      "Walk most days",
      "Bend and lift in whichever way feels comfortable: hinged or rounded, both are normal",
      "Let your sitting spells grow by about 10 minutes a week while your back stays settled",
    ],
  },
};
