// Scoring for quiz version 1, exactly as the appendix of docs/product.md states it. Pure and
// deterministic: the same answers always give the same result, so a stored
// answer set can be re-scored at any time. Input must already be a valid
// answer set (QuizAnswersSchema); the types enforce the rest.

import { isUrgentGateKey } from "./gate";
import {
  GATE_KEYS,
  QUIZ_VERSION,
  TRIGGER_KEYS,
  TYPE_IDS,
  type Category,
  type FullQuizAnswers,
  type GateKey,
  type Outcome,
  type QuizAnswers,
  type QuizDraft,
  type QuizResult,
  type ResultType,
  type SoftFlag,
  type TypeId,
  type TypeKey,
} from "./types";

// ---- Type scores -----------------------------------------------------------

type Points = Partial<Record<TypeId, number>>;

// docs/product.md's scoring table, row by row. "which is worst" (+2) and "what
// eases" (+1) name a type directly, so they are applied in typeScores.
const ITEM_POINTS = {
  sittingBending: { worse: { flexion: 2 }, none: {}, better: { extension: 1 } },
  standingArching: { worse: { extension: 2 }, none: {}, better: { flexion: 1 } },
  suddenMoves: { often: { instability: 2 }, sometimes: { instability: 1 }, never: {} },
  liftingImpact: { worse: { load: 2 }, none: {}, better: {} },
} as const satisfies {
  [K in Exclude<TypeKey, "worstTrigger" | "bestRelief">]: Record<FullQuizAnswers[K], Points>;
};
const WORST_TRIGGER_POINTS = 2;
const BEST_RELIEF_POINTS = 1;

/**
 * Version 2 lets "which is worst" and "what eases" be "none of these", passed here as null:
 * it scores nothing and breaks no tie. Version-1 answers always name a type.
 */
export type TypeAnswers = Omit<Pick<FullQuizAnswers, TypeKey>, "worstTrigger" | "bestRelief"> & {
  worstTrigger: TypeId | null;
  bestRelief: TypeId | null;
};

export function emptyScores(): Record<TypeId, number> {
  return { flexion: 0, extension: 0, instability: 0, load: 0 };
}

export function typeScores(answers: TypeAnswers): Record<TypeId, number> {
  const scores = emptyScores();
  const earned: Points[] = [
    ITEM_POINTS.sittingBending[answers.sittingBending],
    ITEM_POINTS.standingArching[answers.standingArching],
    ITEM_POINTS.suddenMoves[answers.suddenMoves],
    ITEM_POINTS.liftingImpact[answers.liftingImpact],
    answers.worstTrigger ? { [answers.worstTrigger]: WORST_TRIGGER_POINTS } : {},
    answers.bestRelief ? { [answers.bestRelief]: BEST_RELIEF_POINTS } : {},
  ];
  for (const points of earned) {
    for (const type of TYPE_IDS) scores[type] += points[type] ?? 0;
  }
  return scores;
}

// ---- Type assignment -------------------------------------------------------

/** A type needs at least this many points to be assigned. */
export const MIN_TYPE_SCORE = 3;
/** ...and must lead every other type by at least this many to win outright. */
export const CLEAR_LEAD = 2;
/** Flexion and extension both at or above this means a mixed pattern. */
export const MIXED_FLEXION_EXTENSION_SCORE = 4;

export interface TypeAssignment {
  type: ResultType;
  runnerUp: TypeId | null;
}

/**
 * Assigns the type from the scores (docs/product.md, appendix "Version-1 scoring"). The spec
 * leaves the tie-break open to reading; this is the reading implemented:
 *
 * 1. Top score below 3 → "unclear".
 * 2. Flexion and extension both 4 or more → "mixed", whatever the lead.
 *    (With the version-1 table F + E can reach at most 7, so this cannot
 *    happen from real answers; it is kept so the rule survives a change of
 *    points. Tested with synthetic scores.)
 * 3. The top type leads every other by 2 or more → that type.
 * 4. Otherwise the top is not clear. The contenders are the types that
 *    (a) are less than 2 points behind the top — exactly the types that stop
 *    the top from leading by 2 — and (b) have at least 3 points, because a
 *    tie-break must never assign a type with less evidence than rule 1
 *    demands. The top type is always a contender.
 *      - If "which is worst" names a contender, it wins.
 *      - Else if "what eases most" names a contender, it wins.
 *      - Else it is still tied → "mixed".
 *    So a lead of 1 is treated like a tie: the person's own "worst" answer
 *    can pick a type one point behind the top. With top 3 and the next at 2,
 *    the top is the only contender and wins only if "worst" or "eases" names
 *    it; otherwise the answers point in too many directions → "mixed".
 *
 * The runner-up is the best-ranked type other than the result that scored at
 * least one point (null if none did). For "mixed" and "unclear" that is the
 * leading type, which the result page can show as "closest to". Ranking:
 * score, then named by "worst", then by "eases", then flexion, extension,
 * instability, load.
 */
export function assignType(
  scores: Readonly<Record<TypeId, number>>,
  worstTrigger: TypeId | null,
  bestRelief: TypeId | null,
): TypeAssignment {
  const tieKey = (type: TypeId) => (type === worstTrigger ? 2 : 0) + (type === bestRelief ? 1 : 0);
  const ranked = [...TYPE_IDS].sort(
    (a, b) =>
      scores[b] - scores[a] || tieKey(b) - tieKey(a) || TYPE_IDS.indexOf(a) - TYPE_IDS.indexOf(b),
  );
  const topScore = Math.max(...TYPE_IDS.map((type) => scores[type]));
  const leader = TYPE_IDS.reduce((best, type) => (scores[type] > scores[best] ? type : best));
  const nearTop = TYPE_IDS.filter((type) => topScore - scores[type] < CLEAR_LEAD);
  const contenders = nearTop.filter((type) => scores[type] >= MIN_TYPE_SCORE);

  let type: ResultType;
  if (topScore < MIN_TYPE_SCORE) {
    type = "unclear";
  } else if (
    scores.flexion >= MIXED_FLEXION_EXTENSION_SCORE &&
    scores.extension >= MIXED_FLEXION_EXTENSION_SCORE
  ) {
    type = "mixed";
  } else if (nearTop.length === 1) {
    type = leader;
  } else if (worstTrigger && contenders.includes(worstTrigger)) {
    type = worstTrigger;
  } else if (bestRelief && contenders.includes(bestRelief)) {
    type = bestRelief;
  } else {
    type = "mixed";
  }

  const runnerUp = ranked.find((t) => t !== type && scores[t] > 0) ?? null;
  return { type, runnerUp };
}

// ---- Rest-or-move category -------------------------------------------------

export type CategoryAnswers = Pick<
  FullQuizAnswers,
  | "worstPain"
  | "dailyFunction"
  | "activityResponse"
  | "recentInjury"
  | (typeof TRIGGER_KEYS)[number]
>;

/**
 * The A–D category (docs/product.md, version-1 appendix), first match wins: B, then A, then C, else
 * D. "At least one worse trigger" means sitting/bending, standing/arching or
 * lifting/impact answered "worse" (sudden moves is often/sometimes/never, so
 * it has no "worse"). Severe pain that eases with movement falls to D, as
 * the framework's "severe pain improving with activity" says.
 */
export function categorize(answers: CategoryAnswers): Category {
  if (
    answers.worstPain >= 9 ||
    answers.dailyFunction !== "yes" ||
    answers.activityResponse === "worseWithAll"
  ) {
    return "B";
  }
  if (answers.recentInjury === "yes") return "A";
  if (answers.activityResponse === "stable") {
    // 9–10 was caught by B above, so ">= 7" here means 7–8.
    if (answers.worstPain >= 7) return "C";
    const anyWorse = TRIGGER_KEYS.some((key) => answers[key] === "worse");
    if (answers.worstPain >= 5 && anyWorse) return "C";
  }
  return "D";
}

// ---- Outcome and flags -------------------------------------------------------

/**
 * Outcome for a set with at least one red flag. Urgent beats doctor-first.
 * Anything that is not clearly urgent defaults to "see a doctor first", the
 * safe side, never to a program.
 */
export function redFlagOutcome(redFlags: readonly GateKey[]): "urgent" | "doctor_first" {
  return redFlags.some(isUrgentGateKey) ? "urgent" : "doctor_first";
}

/** Only candidates are offered a program; everyone gets next steps. */
export function offersProgram(outcome: Outcome): boolean {
  return outcome === "candidate";
}

export type SoftFlagAnswers = Pick<FullQuizAnswers, "ageBand" | "legSymptoms" | "duration">;

/** Advice-only notes. They never change the outcome, type or category. */
export function softFlagsFor(answers: SoftFlagAnswers): SoftFlag[] {
  const flags: SoftFlag[] = [];
  // The quiz does not ask whether this is a first episode, so the note is
  // shown to everyone outside 20–50 and its wording says "if this is new".
  if (answers.ageBand !== "20to50") flags.push("ageOutside20to50");
  if (answers.legSymptoms === "oneLeg") flags.push("oneLegSymptoms");
  // Only reachable after the both-legs recheck was answered "no".
  if (answers.legSymptoms === "bothLegs") flags.push("bothLegsSymptoms");
  if (answers.duration === "6to12w") flags.push("slowToSettle");
  if (answers.duration === "over3m") flags.push("chronic");
  return flags;
}

function isFullAnswers(answers: QuizAnswers): answers is FullQuizAnswers {
  return "worstTrigger" in answers;
}

// ---- The whole result --------------------------------------------------------

export function scoreQuiz(answers: QuizAnswers): QuizResult {
  const asDraft: QuizDraft = answers;
  const redFlags = GATE_KEYS.filter((key) => asDraft[key] === "yes");

  // Any red flag ends the quiz: safety screen only, no type, no category.
  // (Checked on every gate key, not just the stop, so even a malformed set
  // carrying profile answers beside a "yes" cannot reach a program.)
  if (redFlags.length > 0 || !isFullAnswers(answers)) {
    return {
      version: QUIZ_VERSION,
      outcome: redFlagOutcome(redFlags),
      type: null,
      runnerUp: null,
      scores: emptyScores(),
      category: null,
      redFlags,
      softFlags: [],
    };
  }

  const scores = typeScores(answers);
  const { type, runnerUp } = assignType(scores, answers.worstTrigger, answers.bestRelief);
  const category = categorize(answers);
  return {
    version: QUIZ_VERSION,
    outcome: category === "B" ? "assessment_first" : "candidate",
    type,
    runnerUp,
    scores,
    category,
    redFlags,
    softFlags: softFlagsFor(answers),
  };
}
