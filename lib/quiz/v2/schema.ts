// Validation for version-2 answers, shared by the quiz form and the server action. Two layers,
// as version 1: each value on its own, then the set as a whole must be one the quiz can
// produce (every question on the path answered, nothing off it). Keys are strict: stored
// answers must be re-scorable exactly as given.
import { z } from "zod";
import { boundedList } from "@/lib/validations/bounded-text";
import { QUIZ_MESSAGES } from "../schema";
import { WORST_PAIN_MAX, WORST_PAIN_MIN } from "../types";
import { visibleKeysV2 } from "./flow";
import {
  ACTIVITY_RESPONSES,
  AGE_BANDS_V2,
  CIRCUMSTANCES,
  DAILY_FUNCTIONS,
  DURATIONS,
  IBP_FEATURES,
  LEG_SYMPTOMS,
  SUDDEN_MOVES,
  TRIGGER_RESPONSES,
  TYPE_CHOICES_V2,
  YES_NO,
  type QuizV2Draft,
  type QuizV2Key,
} from "./model";

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: QUIZ_MESSAGES.choose }).optional();

/** A multi-select: at most every option once. FormData may send one value as a string. */
const several = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    // Counted before a single item is read: a body can repeat the field thousands of times (F1).
    boundedList(z.enum(values, { error: QUIZ_MESSAGES.choose }), {
      max: values.length,
      message: QUIZ_MESSAGES.choose,
    })
      .refine((list) => new Set(list).size === list.length, { error: QUIZ_MESSAGES.choose })
      .optional(),
  );

const WorstPain = z.preprocess(
  (value) => (typeof value === "string" && /^\d{1,2}$/.test(value) ? Number(value) : value),
  z
    .number({ error: QUIZ_MESSAGES.worstPain })
    .int({ error: QUIZ_MESSAGES.worstPain })
    .min(WORST_PAIN_MIN, { error: QUIZ_MESSAGES.worstPain })
    .max(WORST_PAIN_MAX, { error: QUIZ_MESSAGES.worstPain })
    .optional(),
);

export const QuizV2DraftSchema = z.strictObject(
  {
    caudaEquina: choice(YES_NO),
    legsNeuro: choice(YES_NO),
    feverUnwell: choice(YES_NO),
    trauma: choice(YES_NO),
    cancerHistory: choice(YES_NO),
    infectionRisk: choice(YES_NO),
    otherCause: choice(YES_NO),
    weightLossNightPain: choice(YES_NO),
    ageBand: choice(AGE_BANDS_V2),
    firstEpisode: choice(YES_NO),
    duration: choice(DURATIONS),
    startedBefore45: choice(YES_NO),
    ibpFeatures: several(IBP_FEATURES),
    worstPain: WorstPain,
    dailyFunction: choice(DAILY_FUNCTIONS),
    activityResponse: choice(ACTIVITY_RESPONSES),
    recentInjury: choice(YES_NO),
    legSymptoms: choice(LEG_SYMPTOMS),
    legsNeuroRecheck: choice(YES_NO),
    circumstances: several(CIRCUMSTANCES),
    sittingBending: choice(TRIGGER_RESPONSES),
    standingArching: choice(TRIGGER_RESPONSES),
    suddenMoves: choice(SUDDEN_MOVES),
    liftingImpact: choice(TRIGGER_RESPONSES),
    worstTrigger: choice(TYPE_CHOICES_V2),
    bestRelief: choice(TYPE_CHOICES_V2),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? QUIZ_MESSAGES.unknownKeys(issue.keys)
        : QUIZ_MESSAGES.notAnObject,
  },
);

/** Off the path: e.g. profile answers after a red flag, or NG65 features when not asked. */
export const NOT_ASKED = "This question is not asked with your earlier answers.";

export function answerSetIssuesV2(draft: QuizV2Draft): { key: QuizV2Key; message: string }[] {
  const path = visibleKeysV2(draft);
  const onPath = new Set<string>(path);
  const issues: { key: QuizV2Key; message: string }[] = path
    .filter((key) => draft[key] === undefined)
    .map((key) => ({ key, message: QUIZ_MESSAGES.required }));
  for (const key of Object.keys(draft) as QuizV2Key[]) {
    if (!onPath.has(key) && draft[key] !== undefined) {
      issues.push({ key, message: NOT_ASKED });
    }
  }
  return issues;
}

/** A complete version-2 answer set: what is stored and scored. */
export const QuizV2AnswersSchema = QuizV2DraftSchema.transform((parsed, ctx): QuizV2Draft => {
  // A multi-select with nothing ticked sends nothing (as HTML checkboxes do): on the path, that
  // is the answer "none of these".
  const draft: QuizV2Draft = { ...parsed };
  for (const key of ["ibpFeatures", "circumstances"] as const) {
    if (draft[key] === undefined && visibleKeysV2(draft).includes(key)) draft[key] = [];
  }
  const issues = answerSetIssuesV2(draft);
  for (const { key, message } of issues) {
    ctx.issues.push({ code: "custom", path: [key], message, input: draft[key] });
  }
  if (issues.length > 0) return z.NEVER;
  const answers: QuizV2Draft = {};
  for (const key of visibleKeysV2(draft)) copy(draft, answers, key);
  return answers;
});

function copy<K extends QuizV2Key>(from: QuizV2Draft, to: QuizV2Draft, key: K): void {
  const value = from[key];
  if (value !== undefined) to[key] = value;
}
