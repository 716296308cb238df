import { PHASE_NAMES, PLAN_TYPE_NAMES, type Phase, type Plan, type PlanType } from "./types";

/**
 * One plan per type and phase. Phase 1 (Settle) calms symptoms with tolerated movement and
 * walking; phase 2 (Build) adds corrective movement, core control and the hip hinge; phase 3
 * (Resilience) rebuilds lifting and carrying and the way back to work and sport.
 *
 * Exercise lists put the through-the-day habits first, then session exercises from gentle to
 * demanding. plans.test.ts checks them against the library's type and phase tags.
 */

type PlanContent = Omit<Plan, "type" | "phase" | "title">;

const RESILIENCE_AVOID = [
  "Changing more than one thing at a time (weight, height, distance or a new activity)",
  "Lifting to failure or until your form breaks down",
];

const CONTENT: Readonly<Record<PlanType, Readonly<Record<Phase, PlanContent>>>> = {
  flexion: {
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
  },
  extension: {
    1: {
      goal: "Calm a back that dislikes standing and arching, using gentle rounding movements and well-tolerated activity.",
      exerciseIds: [
        "walk-short-bouts",
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
        "supported-sitting",
        "abdominal-bracing",
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
        "Brace gently when you stand for long",
        "Stretch your hip flexors after long sitting",
      ],
    },
    3: {
      goal: "Lift, carry and reach overhead with a braced trunk and return to work and sport step by step.",
      exerciseIds: [
        "walking-program",
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
      avoidEarly: [...RESILIENCE_AVOID, "Leaning back at the top of a lift"],
      dailyHabits: [
        "Walk most days",
        "Stand tall without arching at the end of every lift",
        "Vary standing with movement",
      ],
    },
  },
  instability: {
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
  },
  load: {
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
        "Brace before you stand up or pick anything up",
      ],
    },
    2: {
      goal: "Build trunk endurance and a reliable hip hinge so everyday loads stop provoking the back.",
      exerciseIds: [
        "walking-program",
        "sitting-breaks",
        "log-roll",
        "brace-before-standing",
        "abdominal-bracing",
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
        "Lifting from the floor without a hinge",
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
        "goblet-squat-to-box",
        "deadlift-from-blocks",
        "suitcase-carry",
        "farmer-carry",
        "task-rehearsal",
      ],
      avoidEarly: [
        ...RESILIENCE_AVOID,
        "Jumping straight back to running or jumping without a walk–jog build-up",
      ],
      dailyHabits: [
        "Walk most days",
        "Brace and hinge before every lift",
        "Raise loads by small steps, a week at a time",
      ],
    },
  },
  mixed: {
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
  },
  unclear: {
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
        "brace-before-standing",
        "abdominal-bracing",
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
        "goblet-squat-to-box",
        "deadlift-from-blocks",
        "suitcase-carry",
        "farmer-carry",
        "task-rehearsal",
      ],
      avoidEarly: RESILIENCE_AVOID,
      dailyHabits: [
        "Walk most days",
        "Keep doing things you enjoy",
        "Review your journal weekly for patterns",
      ],
    },
  },
};

export function getPlan(type: PlanType, phase: Phase): Plan {
  return {
    type,
    phase,
    title: `${PLAN_TYPE_NAMES[type]}: phase ${phase}, ${PHASE_NAMES[phase]}`,
    ...CONTENT[type][phase],
  };
}

/** All three phases of a type's plan, in order. */
export function getPlans(type: PlanType): readonly [Plan, Plan, Plan] {
  return [getPlan(type, 1), getPlan(type, 2), getPlan(type, 3)];
}

// The flare-up plan lives in its own module; re-exported so plan consumers have one import.
export { flareUpPlan } from "./flare-up-plan";
