// fast-check generators for quiz answers, shared by the property tests.
// Kept apart from test-answers.ts so that file stays free of test libraries.

import fc from "fast-check";

import { gateStoppedAnswers } from "./gate";
import {
  ACTIVITY_RESPONSES,
  AGE_BANDS,
  DAILY_FUNCTIONS,
  DURATIONS,
  GATE_KEYS,
  LEG_SYMPTOMS,
  SUDDEN_MOVES,
  TRIGGER_RESPONSES,
  TYPE_IDS,
  WORST_PAIN_MAX,
  WORST_PAIN_MIN,
  YES_NO,
  type FullQuizAnswers,
  type GateStoppedAnswers,
  type QuizAnswers,
  type QuizDraft,
  type QuizValues,
  type TypeId,
} from "./types";

const no = fc.constant("no" as const);

const valueArbs = {
  bladderBowel: fc.constantFrom(...YES_NO),
  bothLegs: fc.constantFrom(...YES_NO),
  infection: fc.constantFrom(...YES_NO),
  trauma: fc.constantFrom(...YES_NO),
  cancer: fc.constantFrom(...YES_NO),
  nightPain: fc.constantFrom(...YES_NO),
  ageBand: fc.constantFrom(...AGE_BANDS),
  duration: fc.constantFrom(...DURATIONS),
  worstPain: fc.integer({ min: WORST_PAIN_MIN, max: WORST_PAIN_MAX }),
  dailyFunction: fc.constantFrom(...DAILY_FUNCTIONS),
  activityResponse: fc.constantFrom(...ACTIVITY_RESPONSES),
  recentInjury: fc.constantFrom(...YES_NO),
  legSymptoms: fc.constantFrom(...LEG_SYMPTOMS),
  sittingBending: fc.constantFrom(...TRIGGER_RESPONSES),
  standingArching: fc.constantFrom(...TRIGGER_RESPONSES),
  suddenMoves: fc.constantFrom(...SUDDEN_MOVES),
  liftingImpact: fc.constantFrom(...TRIGGER_RESPONSES),
  worstTrigger: fc.constantFrom(...TYPE_IDS),
  bestRelief: fc.constantFrom(...TYPE_IDS),
} satisfies { [K in keyof QuizValues]: fc.Arbitrary<QuizValues[K]> };

export const fullAnswersArb: fc.Arbitrary<FullQuizAnswers> = fc.record({
  ...valueArbs,
  bladderBowel: no,
  bothLegs: no,
  infection: no,
  trauma: no,
  cancer: no,
  nightPain: no,
});

export const gateStoppedArb: fc.Arbitrary<GateStoppedAnswers> = fc
  .constantFrom(...GATE_KEYS)
  .map(gateStoppedAnswers);

export const quizAnswersArb: fc.Arbitrary<QuizAnswers> = fc.oneof(fullAnswersArb, gateStoppedArb);

/** Every key with any allowed value, gate "yes" included (not a valid set). */
export const quizValuesArb: fc.Arbitrary<QuizValues> = fc.record(valueArbs);

/** Any subset of keys with any allowed values: a draft in any state. */
export const draftArb: fc.Arbitrary<QuizDraft> = fc.record(valueArbs, { requiredKeys: [] });

export const typeIdArb: fc.Arbitrary<TypeId> = fc.constantFrom(...TYPE_IDS);
