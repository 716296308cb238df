import { PHASE_NAMES, PLAN_TYPE_NAMES, type Phase, type Plan, type PlanType } from "../types";
import { EXTENSION_PLAN } from "./extension";
import { FLEXION_PLAN } from "./flexion";
import { INSTABILITY_PLAN } from "./instability";
import { LOAD_PLAN } from "./load";
import { MIXED_PLAN } from "./mixed";
import type { PlanContent } from "./plan-content";
import { UNCLEAR_PLAN } from "./unclear";

/**
 * One plan per type and phase. Phase 1 (Settle) calms symptoms with tolerated movement and
 * walking; phase 2 (Build) adds corrective movement, core control and the hip hinge as one way
 * to bend; phase 3 (Resilience) rebuilds lifting and carrying, brings back the movements the
 * member was told to go easy on, one at a time, and leads back to work and sport.
 *
 * Exercise lists put the through-the-day habits first, then session exercises from gentle to
 * demanding. plans.test.ts checks them against the library's type and phase tags.
 */
const CONTENT: Readonly<Record<PlanType, Readonly<Record<Phase, PlanContent>>>> = {
  flexion: FLEXION_PLAN,
  extension: EXTENSION_PLAN,
  instability: INSTABILITY_PLAN,
  load: LOAD_PLAN,
  mixed: MIXED_PLAN,
  unclear: UNCLEAR_PLAN,
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
export { flareUpPlan } from "../flare-up-plan";
