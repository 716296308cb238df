import type { Phase } from "../types";
import { LIFT_CARRY_AND_RETURN, RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const EXTENSION_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Calm a back that dislikes standing and arching, using gentle rounding movements and well-tolerated activity.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "supported-sitting",
      "abdominal-bracing",
      "posterior-pelvic-tilt",
      "knee-hugs",
      "quadruped-rock-back",
      "hip-flexor-stretch-braced",
      "easy-cycling",
    ],
    avoidEarly: [
      "Standing still for long periods; shift your weight or rest a foot on a step",
      "Full back-bends and arching exercises",
      "Long walks downhill or fast walking with long strides",
      "Lying flat on your front for long",
    ],
    dailyHabits: [
      "Walk for about 10 minutes three times a day, with short strides",
      "Break up standing with short sits",
      "Sit supported against a backrest",
    ],
  },
  2: {
    goal: "Build trunk control so standing and walking no longer push the lower back into an arch.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "supported-sitting",
      "posterior-pelvic-tilt",
      "hip-flexor-stretch-braced",
      "easy-cycling",
      "curl-up",
      "side-bridge-knees",
      "bird-dog",
      "glute-bridge",
      "hip-hinge-dowel",
      "hip-hinge-load-close",
    ],
    avoidEarly: [
      "Full back-bends and overhead reaching with an arched back",
      "Standing still for long periods",
      "Leaning back to finish a lift",
    ],
    dailyHabits: [
      "Keep building your daily walking",
      "Shift your weight or move about when you have stood for a while",
      "Stretch your hip flexors after long sitting",
    ],
  },
  3: {
    goal: "Lift, carry and reach overhead with confidence, bring back arching step by step, and return to work and sport.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "hip-hinge-load-close",
      "back-bend-return",
      "overhead-reach",
      ...LIFT_CARRY_AND_RETURN,
    ],
    avoidEarly: [...RESILIENCE_AVOID, "Leaning back at the top of a lift"],
    dailyHabits: [
      "Walk most days",
      "Bring back leaning back and reaching overhead one step at a time, with the back-bend and overhead exercises",
      "Vary standing with movement",
    ],
  },
};
