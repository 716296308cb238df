// Validation for quiz answers, shared by the quiz form and the server action
// that stores a result. Two layers, so every problem is reported at once and
// in plain words:
//   1. QuizDraftSchema: each value on its own (right key, allowed value).
//   2. QuizAnswersSchema: the set as a whole is one the quiz can produce —
//      gate-stopped (gate answers up to the first "yes", nothing after) or
//      full (gate all "no", every profile and type question answered).
// Keys are validated strictly: an unknown key is an error, not silently
// dropped, because stored answers must be re-scorable as they were given.

import { z } from "zod";

import { firstGateYes, gateStoppedAnswers } from "./gate";
import {
  ACTIVITY_RESPONSES,
  AGE_BANDS,
  DAILY_FUNCTIONS,
  DURATIONS,
  GATE_KEYS,
  LEG_SYMPTOMS,
  PROFILE_KEYS,
  QUIZ_KEYS,
  SUDDEN_MOVES,
  TRIGGER_RESPONSES,
  TYPE_IDS,
  TYPE_KEYS,
  WORST_PAIN_MAX,
  WORST_PAIN_MIN,
  YES_NO,
  type FullQuizAnswers,
  type GateKey,
  type QuizAnswers,
  type QuizDraft,
  type QuizKey,
} from "./types";

export type { QuizAnswers, QuizDraft } from "./types";

export const QUIZ_MESSAGES = {
  choose: "Choose one of the options.",
  worstPain: "Give your worst pain as a whole number from 0 to 10.",
  required: "Please answer this question.",
  afterStop: "This question is not asked once a safety question is answered yes.",
  notAnObject: "The answers could not be read. Please try again.",
  // Names a few keys, each cut short: the keys come from the request, and a body can hold
  // thousands of them, or one a megabyte long, which the answer must not carry back.
  unknownKeys: (keys: readonly string[]) =>
    `${keys.length === 1 ? "This is not a question" : "These are not questions"} in the quiz: ${keys
      .slice(0, 5)
      .map((key) => (key.length > 40 ? `${key.slice(0, 40)}…` : key))
      .join(", ")}${keys.length > 5 ? ` and ${keys.length - 5} more` : ""}.`,
} as const;

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: QUIZ_MESSAGES.choose }).optional();

// FormData sends "7", so digit-only strings are coerced. Anything else (e.g.
// "abc", "2.5", "0x5", "1e1") is left as it is and fails the number check;
// plain Number() coercion would quietly accept "" as 0 and "0x5" as 5. An
// empty string means "not answered", which the set-level check reports.
const WorstPainSchema = z.preprocess(
  (value) => {
    if (value === "") return undefined;
    // Measured before it is read: padding must not turn a megabyte into a valid answer (F1).
    if (typeof value === "string" && value.length <= 8 && /^\s*\d+\s*$/.test(value))
      return Number(value);
    return value;
  },
  z
    .number({ error: QUIZ_MESSAGES.worstPain })
    .int({ error: QUIZ_MESSAGES.worstPain })
    .min(WORST_PAIN_MIN, { error: QUIZ_MESSAGES.worstPain })
    .max(WORST_PAIN_MAX, { error: QUIZ_MESSAGES.worstPain })
    .optional(),
);

/** Any subset of answers, each value checked: a quiz in progress. */
export const QuizDraftSchema = z.strictObject(
  {
    bladderBowel: choice(YES_NO),
    bothLegs: choice(YES_NO),
    infection: choice(YES_NO),
    trauma: choice(YES_NO),
    cancer: choice(YES_NO),
    nightPain: choice(YES_NO),
    ageBand: choice(AGE_BANDS),
    duration: choice(DURATIONS),
    worstPain: WorstPainSchema,
    dailyFunction: choice(DAILY_FUNCTIONS),
    activityResponse: choice(ACTIVITY_RESPONSES),
    recentInjury: choice(YES_NO),
    legSymptoms: choice(LEG_SYMPTOMS),
    sittingBending: choice(TRIGGER_RESPONSES),
    standingArching: choice(TRIGGER_RESPONSES),
    suddenMoves: choice(SUDDEN_MOVES),
    liftingImpact: choice(TRIGGER_RESPONSES),
    worstTrigger: choice(TYPE_IDS),
    bestRelief: choice(TYPE_IDS),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? QUIZ_MESSAGES.unknownKeys(issue.keys)
        : QUIZ_MESSAGES.notAnObject,
  },
);

export interface AnswerSetIssue {
  key: QuizKey;
  message: string;
}

/** What stops a (value-valid) draft from being a complete answer set. */
export function answerSetIssues(draft: QuizDraft): AnswerSetIssue[] {
  const stop = firstGateYes(draft);
  const issues: AnswerSetIssue[] = [];
  const required: readonly QuizKey[] = stop
    ? GATE_KEYS.slice(0, GATE_KEYS.indexOf(stop))
    : [...GATE_KEYS, ...PROFILE_KEYS, ...TYPE_KEYS];
  for (const key of required) {
    if (draft[key] === undefined) issues.push({ key, message: QUIZ_MESSAGES.required });
  }
  if (stop) {
    for (const key of QUIZ_KEYS.slice(QUIZ_KEYS.indexOf(stop) + 1)) {
      if (draft[key] !== undefined) issues.push({ key, message: QUIZ_MESSAGES.afterStop });
    }
  }
  return issues;
}

const ALL_GATE_NO: Readonly<Record<GateKey, "no">> = {
  bladderBowel: "no",
  bothLegs: "no",
  infection: "no",
  trauma: "no",
  cancer: "no",
  nightPain: "no",
};

/**
 * The draft as a complete answer set, or null if it is not one. Builds a
 * fresh object, so stray keys holding `undefined` never reach storage.
 */
export function toQuizAnswers(draft: QuizDraft): QuizAnswers | null {
  if (answerSetIssues(draft).length > 0) return null;
  const stop = firstGateYes(draft);
  if (stop) return gateStoppedAnswers(stop);
  const {
    ageBand,
    duration,
    worstPain,
    dailyFunction,
    activityResponse,
    recentInjury,
    legSymptoms,
    sittingBending,
    standingArching,
    suddenMoves,
    liftingImpact,
    worstTrigger,
    bestRelief,
  } = draft;
  // Already guaranteed by answerSetIssues; repeated so TypeScript can see it.
  if (
    ageBand === undefined ||
    duration === undefined ||
    worstPain === undefined ||
    dailyFunction === undefined ||
    activityResponse === undefined ||
    recentInjury === undefined ||
    legSymptoms === undefined ||
    sittingBending === undefined ||
    standingArching === undefined ||
    suddenMoves === undefined ||
    liftingImpact === undefined ||
    worstTrigger === undefined ||
    bestRelief === undefined
  ) {
    return null;
  }
  const full: FullQuizAnswers = {
    ...ALL_GATE_NO,
    ageBand,
    duration,
    worstPain,
    dailyFunction,
    activityResponse,
    recentInjury,
    legSymptoms,
    sittingBending,
    standingArching,
    suddenMoves,
    liftingImpact,
    worstTrigger,
    bestRelief,
  };
  return full;
}

/** A complete answer set: what is stored and scored. */
export const QuizAnswersSchema = QuizDraftSchema.transform((draft, ctx): QuizAnswers => {
  const issues = answerSetIssues(draft);
  for (const { key, message } of issues) {
    ctx.issues.push({ code: "custom", path: [key], message, input: draft[key] });
  }
  const answers = issues.length === 0 ? toQuizAnswers(draft) : null;
  return answers ?? z.NEVER;
});

/**
 * Field errors keyed by answer key (all of them, not just the first), in the
 * shape a form or server action hands back to the quiz UI.
 */
export function quizFieldErrors(error: z.ZodError): Partial<Record<QuizKey | "form", string[]>> {
  const fieldErrors: Partial<Record<QuizKey | "form", string[]>> = {};
  for (const issue of error.issues) {
    const [first] = issue.path;
    const field = QUIZ_KEYS.find((key) => key === first) ?? "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}
