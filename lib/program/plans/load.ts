import type { Phase } from "../types";
import { LIFT_CARRY_AND_RETURN, RESILIENCE_AVOID, type PlanContent } from "./plan-content";

export const LOAD_PLAN: Readonly<Record<Phase, PlanContent>> = {
  1: {
    goal: "Calm a back that dislikes compression by keeping loads light, taking short unloading breaks and walking.",
    exerciseIds: [
      "walk-short-bouts",
      "sitting-breaks",
      "log-roll",
      "brace-before-standing",
      "abdominal-bracing",
      "cat-camel",
      "unloading-break",
    ],
    avoidEarly: [
      "Lifting and carrying heavy things, including shopping and children where you can share the load",
      "Running and jumping",
      "Carrying a load far from your body",
      "Sitting or standing for long stretches without a break",
    ],
    dailyHabits: [
      "Walk for about 10 minutes three times a day",
      "Take a movement break every 20–30 minutes",
      "Take your time standing up and picking things up",
    ],
  },
  2: {
    goal: "Build trunk endurance, and the hip hinge as one way to lift, so everyday loads feel easier.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "log-roll",
      "curl-up",
      "side-bridge-knees",
      "bird-dog",
      "pallof-hold",
      "glute-bridge",
      "hip-hinge-dowel",
      "hip-hinge-load-close",
    ],
    avoidEarly: [
      "Heavy or awkward lifts, and any lift far from your body",
      "Running and jumping until walking a long way feels easy",
      "Heavy lifts from the floor before lighter ones feel easy",
    ],
    dailyHabits: [
      "Keep building your walking program",
      "Hold every load close to your body",
      "Keep taking movement breaks",
    ],
  },
  3: {
    goal: "Build lifting and carrying tolerance step by step, then return to work and sport.",
    exerciseIds: [
      "walking-program",
      "sitting-breaks",
      "curl-up",
      "side-bridge-full",
      "bird-dog",
      "pallof-hold",
      "hip-hinge-load-close",
      ...LIFT_CARRY_AND_RETURN,
    ],
    avoidEarly: [
      ...RESILIENCE_AVOID,
      "Jumping straight back to running or jumping without a walk–jog build-up",
    ],
    dailyHabits: [
      "Walk most days",
      "Lift in whichever way feels comfortable: hinged or rounded, both are normal",
      "Raise loads by small steps, a week at a time",
    ],
  },
};
