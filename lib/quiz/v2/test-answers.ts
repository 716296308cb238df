// Version-2 answer sets for tests: a candidate with every gate "no", and builders on top.
import type { QuizV2Draft } from "./model";

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
