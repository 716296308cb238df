import type { Phase } from "../types";
import { LIFT_CARRY_AND_RETURN, RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const MIXED_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Calm the back with middle-range positions that go easy on both deep bending and arching. Your answers pointed more than one way, so book an assessment with a physiotherapist or chiropractor to pin down what drives your pain.",
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
      "Notice which positions ease or provoke your back, and jot them in your journal",
    ],
  },
  2: {
    goal: "Build trunk strength and control, with the hip hinge as one way to bend and lift.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "log-roll",
      "supported-sitting",
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
      "Keep changing position; no single posture is the right one",
      "Note in your journal which positions ease or provoke your back",
    ],
  },
  3: {
    goal: "Lift and carry with confidence, bring back bending and arching one at a time, and return to work and sport.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "dead-bug",
      "pallof-hold",
      "hip-hinge-load-close",
      "bend-forward-return",
      "back-bend-return",
      "overhead-reach",
      ...LIFT_CARRY_AND_RETURN,
    ],
    avoidEarly: [...RESILIENCE_AVOID, "End-range bending or arching under load"],
    dailyHabits: [
      "Walk most days",
      "Lift in whichever way feels comfortable: hinged or rounded, both are normal",
      "Keep changing position through the day",
    ],
  },
};
