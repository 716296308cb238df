import type { Phase } from "../types";
import { RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const MIXED_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Calm the back with neutral-spine positions that avoid both deep bending and arching. Your answers pointed more than one way, so an in-person assessment is worth arranging.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "log-roll",
      "brace-before-standing",
      "supported-sitting",
      "abdominal-bracing",
      "cat-camel",
      "unloading-break",
      "heel-slides",
      "bent-knee-fall-outs",
    ],
    avoidEarly: [
      "Both ends of the range: deep forward bends and full back-bends",
      "Sitting or standing for long stretches",
      "Heavy lifting and twisting",
    ],
    dailyHabits: [
      "Walk for about 10 minutes three times a day",
      "Change position every 20–30 minutes",
      "Book an assessment with a physiotherapist or chiropractor to pin down what drives your pain",
    ],
  },
  2: {
    goal: "Build core control in a neutral spine and learn the hip hinge.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "log-roll",
      "brace-before-standing",
      "supported-sitting",
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
      "End-range bending and arching, especially under load",
      "Long spells in any one position",
    ],
    dailyHabits: [
      "Keep building your daily walking",
      "Keep a neutral, braced spine when you lift or turn",
      "Note in your journal which positions ease or provoke your back",
    ],
  },
  3: {
    goal: "Lift and carry with a neutral spine and return to work and sport step by step.",
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
    avoidEarly: [...RESILIENCE_AVOID, "End-range bending or arching under load"],
    dailyHabits: [
      "Walk most days",
      "Brace and hinge for every lift",
      "Keep changing position through the day",
    ],
  },
};
