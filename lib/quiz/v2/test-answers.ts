// Version-2 answer sets for tests: a candidate with every gate "no", and builders on top.
import { visibleKeysV2 } from "./flow";
import type { QuizV2Draft, TypeId } from "./model";
import { questionForV2 } from "./questions";

export const ALL_GATE_NO_V2 = {
  caudaEquina: "no",
  legsNeuro: "no",
  feverUnwell: "no",
  trauma: "no",
  cancerHistory: "no",
  infectionRisk: "no",
  otherCause: "no",
  weightLossNightPain: "no",
} as const satisfies QuizV2Draft;

/** A complete flexion-pattern candidate, category D. */
export const CANDIDATE_V2 = {
  ...ALL_GATE_NO_V2,
  ageBand: "20to50",
  firstEpisode: "no",
  duration: "under6w",
  worstPain: 5,
  dailyFunction: "yes",
  activityResponse: "easesWithMovement",
  recentInjury: "no",
  legSymptoms: "none",
  circumstances: [],
  sittingBending: "worse",
  standingArching: "better",
  suddenMoves: "never",
  liftingImpact: "none",
  worstTrigger: "flexion",
  bestRelief: "flexion",
} as const satisfies QuizV2Draft;

export function candidateV2(overrides: QuizV2Draft = {}): QuizV2Draft {
  return { ...CANDIDATE_V2, circumstances: [], ...overrides };
}

export interface QuizScreenV2 {
  key: string;
  prompt: string;
  multi: boolean;
  /** The labels to pick (for a multi-select, every ticked box; none ticked is "none of these"). */
  optionLabels: string[];
}

/** The screens a person sees for these answers and what they pick on each (for e2e). */
export function quizScreensV2(target: QuizV2Draft): QuizScreenV2[] {
  return visibleKeysV2(target).map((key) => {
    const question = questionForV2(key);
    const value = target[key];
    const picked = [value].flat();
    const optionLabels = question.options
      .filter((o) => picked.some((one) => one === o.value))
      .map((o) => o.label);
    if (question.kind !== "multi" && optionLabels.length !== 1) {
      throw new Error(`No option for ${key} = ${String(value)}`);
    }
    return { key, prompt: question.prompt, multi: question.kind === "multi", optionLabels };
  });
}

const TYPE_ANSWERS = {
  flexion: {},
  extension: {
    sittingBending: "better",
    standingArching: "worse",
    worstTrigger: "extension",
    bestRelief: "extension",
  },
  instability: {
    sittingBending: "none",
    standingArching: "none",
    suddenMoves: "often",
    worstTrigger: "instability",
    bestRelief: "instability",
  },
  load: {
    sittingBending: "none",
    standingArching: "none",
    liftingImpact: "worse",
    worstTrigger: "load",
    bestRelief: "load",
  },
} as const satisfies Record<TypeId, QuizV2Draft>;

/** A candidate whose answers point clearly at one type. */
export function candidateForType(type: TypeId, overrides: QuizV2Draft = {}): QuizV2Draft {
  return candidateV2({ ...TYPE_ANSWERS[type], ...overrides });
}
