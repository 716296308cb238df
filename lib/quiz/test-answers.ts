// Answer-set builders for tests (unit, integration and e2e). Plain data with
// no test-framework imports, so Playwright specs can use it too.

import { questionForStep, visibleSteps } from "./flow";
import { gateStoppedAnswers } from "./gate";
import type {
  FullQuizAnswers,
  GateKey,
  GateStoppedAnswers,
  QuizAnswers,
  QuizDraft,
  TypeId,
  TypeKey,
} from "./types";

/**
 * A full answer set that triggers nothing: gate all "no", mild stable pain,
 * no soft flags, type questions "no effect". Scores flexion 2, extension 1
 * (the two type-naming questions always give points), so it scores
 * { outcome: "candidate", type: "unclear", runnerUp: "flexion", category: "D" }.
 */
export const NEUTRAL_ANSWERS: Readonly<FullQuizAnswers> = {
  bladderBowel: "no",
  bothLegs: "no",
  infection: "no",
  trauma: "no",
  cancer: "no",
  nightPain: "no",
  ageBand: "20to50",
  duration: "under6w",
  worstPain: 3,
  dailyFunction: "yes",
  activityResponse: "stable",
  recentInjury: "no",
  legSymptoms: "none",
  sittingBending: "none",
  standingArching: "none",
  suddenMoves: "never",
  liftingImpact: "none",
  worstTrigger: "flexion",
  bestRelief: "extension",
};

/** A full answer set: the neutral one with `overrides` applied. */
export function answers(overrides: Partial<Omit<FullQuizAnswers, GateKey>> = {}): FullQuizAnswers {
  return { ...NEUTRAL_ANSWERS, ...overrides };
}

/**
 * Type answers that give each type the maximum score and a clear win (the
 * runner-up is null: no other type scores).
 */
export const CLEAR_TYPE_ANSWERS: Readonly<Record<TypeId, Pick<FullQuizAnswers, TypeKey>>> = {
  flexion: {
    sittingBending: "worse",
    standingArching: "better",
    suddenMoves: "never",
    liftingImpact: "none",
    worstTrigger: "flexion",
    bestRelief: "flexion",
  },
  extension: {
    sittingBending: "better",
    standingArching: "worse",
    suddenMoves: "never",
    liftingImpact: "none",
    worstTrigger: "extension",
    bestRelief: "extension",
  },
  instability: {
    sittingBending: "none",
    standingArching: "none",
    suddenMoves: "often",
    liftingImpact: "none",
    worstTrigger: "instability",
    bestRelief: "instability",
  },
  load: {
    sittingBending: "none",
    standingArching: "none",
    suddenMoves: "never",
    liftingImpact: "worse",
    worstTrigger: "load",
    bestRelief: "load",
  },
};

/** A candidate (category D) whose answers clearly point to `type`. */
export function answersForType(
  type: TypeId,
  overrides: Partial<Omit<FullQuizAnswers, GateKey>> = {},
): FullQuizAnswers {
  return answers({ ...CLEAR_TYPE_ANSWERS[type], ...overrides });
}

/** A quiz that stopped at gate question `key` ("yes"), every earlier one "no". */
export function gateStopped(key: GateKey): GateStoppedAnswers {
  return gateStoppedAnswers(key);
}

export interface QuizScreen {
  key: keyof QuizDraft;
  recheck: boolean;
  prompt: string;
  /** The visible label of the option to pick (e2e tests click it by label). */
  optionLabel: string;
}

/**
 * The screens a person sees, in order, to give `target`, with the option to
 * pick on each: handy for driving the quiz UI in e2e tests. When legSymptoms
 * is "bothLegs" the recheck screen appears and is answered "no".
 */
export function quizScreens(target: QuizAnswers): QuizScreen[] {
  const draft: QuizDraft = target;
  return visibleSteps(draft).map((step) => {
    const question = questionForStep(step);
    const value = draft[step.key];
    const option = question.options.find((o) => o.value === value);
    if (!option) throw new Error(`No option for ${step.key} = ${String(value)}`);
    return {
      key: step.key,
      recheck: step.recheck,
      prompt: question.prompt,
      optionLabel: option.label,
    };
  });
}
