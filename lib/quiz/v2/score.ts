// Scoring for quiz version 2, exactly as docs/product.md §3 states it. Pure and deterministic,
// so a stored answer set can be re-scored at any time. Input must already be a valid answer
// set (QuizV2AnswersSchema). Type scores, tie-breaks and the A–D category reuse version 1's
// functions; what version 2 changes is written here.
import { assignType, categorize, emptyScores, typeScores } from "../score";
import type { Category, ResultType, TypeId } from "../types";
import {
  byUrgency,
  RED_FLAGS,
  tierOf,
  type RedFlagKey,
  type Urgency,
} from "@/lib/safety/red-flags";
import {
  GATE_V2_KEYS,
  IBP_FEATURES_FOR_FLAG,
  QUIZ_V2,
  type QuizV2Draft,
  type QuizV2Values,
  type SoftFlagV2,
  type TypeChoiceV2,
} from "./model";

export type OutcomeV2 = "urgent" | "doctor_first" | "assessment_first" | "candidate";

/** Why a doctor-first result that is not a red flag stopped the quiz. */
export type StopReasonV2 = "under16" | "recentSurgery";

export interface QuizV2Result {
  version: typeof QUIZ_V2;
  outcome: OutcomeV2;
  /** How soon to act, for urgent and doctor-first results; null otherwise. */
  urgency: Urgency | null;
  /** Red flags answered yes (the both-legs re-ask counts as legsNeuro), most urgent first. */
  redFlags: RedFlagKey[];
  stopReason: StopReasonV2 | null;
  type: ResultType | null;
  runnerUp: TypeId | null;
  scores: Record<TypeId, number>;
  category: Category | null;
  softFlags: SoftFlagV2[];
}

/** A type can be assigned only with this many points from the four direct items. */
export const MIN_DIRECT_POINTS = 2;

type TypeAnswersV2 = Pick<
  QuizV2Values,
  | "sittingBending"
  | "standingArching"
  | "suddenMoves"
  | "liftingImpact"
  | "worstTrigger"
  | "bestRelief"
>;

const asType = (choice: TypeChoiceV2): TypeId | null => (choice === "none" ? null : choice);

/** Points from sitting/bending, standing/arching, sudden moves and lifting only. */
export function directScores(answers: TypeAnswersV2): Record<TypeId, number> {
  return typeScores({ ...answers, worstTrigger: null, bestRelief: null });
}

/**
 * Version 2's type (docs/product.md §3, in this order):
 * 1. sitting/bending and standing/arching both "worse" → mixed;
 * 2. otherwise version 1's assignment on the full scores ("none" scores nothing and breaks no
 *    tie);
 * 3. a single type that has fewer than 2 points from the direct items → unclear, so the forced
 *    choices alone can never make a type.
 */
export function assignTypeV2(answers: TypeAnswersV2): {
  type: ResultType;
  runnerUp: TypeId | null;
  scores: Record<TypeId, number>;
} {
  const worst = asType(answers.worstTrigger);
  const relief = asType(answers.bestRelief);
  const scores = typeScores({ ...answers, worstTrigger: worst, bestRelief: relief });
  const assigned = assignType(scores, worst, relief);
  const { type } = assigned;
  const single = type === "mixed" || type === "unclear" ? null : type;
  // When a single type is overruled, it is the closest type: shown as the runner-up, as
  // version 1 shows the leading type for mixed and unclear results.
  const overruled = (result: "mixed" | "unclear") => ({
    type: result,
    runnerUp: single ?? assigned.runnerUp,
    scores,
  });
  if (answers.sittingBending === "worse" && answers.standingArching === "worse") {
    return overruled("mixed");
  }
  if (single && directScores(answers)[single] < MIN_DIRECT_POINTS) return overruled("unclear");
  return { ...assigned, scores };
}

export function redFlagsV2(answers: QuizV2Draft): RedFlagKey[] {
  const yes = new Set(GATE_V2_KEYS.filter((key) => answers[key] === "yes"));
  if (answers.legsNeuroRecheck === "yes") yes.add("legsNeuro");
  return byUrgency([...yes]);
}

export function softFlagsV2(answers: QuizV2Draft): SoftFlagV2[] {
  const flags: SoftFlagV2[] = [];
  if (
    answers.firstEpisode === "yes" &&
    (answers.ageBand === "16to19" || answers.ageBand === "over50")
  ) {
    flags.push("ageFirstEpisode");
  }
  if (answers.legSymptoms === "oneLeg") flags.push("oneLegSymptoms");
  if (answers.legSymptoms === "bothLegs") flags.push("bothLegsSymptoms");
  if (answers.duration === "6to12w") flags.push("slowToSettle");
  if (answers.duration === "over3m") flags.push("chronic");
  if (answers.circumstances?.includes("pregnant")) flags.push("pregnant");
  if (answers.circumstances?.includes("osteoporosis")) flags.push("osteoporosis");
  if ((answers.ibpFeatures?.length ?? 0) >= IBP_FEATURES_FOR_FLAG) flags.push("inflammatory");
  return flags;
}

function stopped(
  outcome: "urgent" | "doctor_first",
  urgency: Urgency,
  redFlags: RedFlagKey[],
  stopReason: StopReasonV2 | null,
): QuizV2Result {
  return {
    version: QUIZ_V2,
    outcome,
    urgency,
    redFlags,
    stopReason,
    type: null,
    runnerUp: null,
    scores: emptyScores(),
    category: null,
    softFlags: [],
  };
}

export function scoreQuizV2(answers: QuizV2Draft): QuizV2Result {
  const redFlags = redFlagsV2(answers);
  const leading = redFlags[0];
  if (leading) {
    const urgency = RED_FLAGS[leading].urgency;
    return stopped(
      tierOf(urgency) === "urgent" ? "urgent" : "doctor_first",
      urgency,
      redFlags,
      null,
    );
  }
  if (answers.ageBand === "under16") return stopped("doctor_first", "2w", [], "under16");
  if (answers.circumstances?.includes("recentSurgery")) {
    return stopped("doctor_first", "2w", [], "recentSurgery");
  }
  const full = completeAnswers(answers);
  // A valid answer set always reaches here complete; anything else is the safe side.
  if (!full) return stopped("doctor_first", "2w", [], null);
  const { type, runnerUp, scores } = assignTypeV2(full);
  const category = categorize(full);
  return {
    version: QUIZ_V2,
    outcome: category === "B" ? "assessment_first" : "candidate",
    urgency: null,
    redFlags: [],
    stopReason: null,
    type,
    runnerUp,
    scores,
    category,
    softFlags: softFlagsV2(answers),
  };
}

type ScoredAnswers = TypeAnswersV2 &
  Pick<QuizV2Values, "worstPain" | "dailyFunction" | "activityResponse" | "recentInjury">;

function completeAnswers(a: QuizV2Draft): ScoredAnswers | null {
  const { sittingBending, standingArching, suddenMoves, liftingImpact, worstTrigger, bestRelief } =
    a;
  const { worstPain, dailyFunction, activityResponse, recentInjury } = a;
  if (
    sittingBending === undefined ||
    standingArching === undefined ||
    suddenMoves === undefined ||
    liftingImpact === undefined ||
    worstTrigger === undefined ||
    bestRelief === undefined ||
    worstPain === undefined ||
    dailyFunction === undefined ||
    activityResponse === undefined ||
    recentInjury === undefined
  ) {
    return null;
  }
  return {
    sittingBending,
    standingArching,
    suddenMoves,
    liftingImpact,
    worstTrigger,
    bestRelief,
    worstPain,
    dailyFunction,
    activityResponse,
    recentInjury,
  };
}
