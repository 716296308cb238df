// The red-flag gate: which questions route where, and the one shape a
// gate-stopped answer set can take. Shared by the schema, the flow and scoring
// so "stops at the first yes" is written once.

import {
  GATE_KEYS,
  URGENT_GATE_KEYS,
  type GateKey,
  type GateStoppedAnswers,
  type QuizDraft,
} from "./types";

const URGENT: ReadonlySet<GateKey> = new Set(URGENT_GATE_KEYS);

/** Gate questions 1–3 send people to urgent care; 4–6 to a doctor first. */
export function isUrgentGateKey(key: GateKey): boolean {
  return URGENT.has(key);
}

/** The first gate question answered "yes", in asking order, if any. */
export function firstGateYes(answers: QuizDraft): GateKey | undefined {
  return GATE_KEYS.find((key) => answers[key] === "yes");
}

/**
 * The answer set for a quiz that stopped at `stop`: every earlier gate
 * question was answered "no" (otherwise the quiz would have stopped there).
 */
export function gateStoppedAnswers(stop: GateKey): GateStoppedAnswers {
  switch (stop) {
    case "bladderBowel":
      return { bladderBowel: "yes" };
    case "bothLegs":
      return { bladderBowel: "no", bothLegs: "yes" };
    case "infection":
      return { bladderBowel: "no", bothLegs: "no", infection: "yes" };
    case "trauma":
      return { bladderBowel: "no", bothLegs: "no", infection: "no", trauma: "yes" };
    case "cancer":
      return { bladderBowel: "no", bothLegs: "no", infection: "no", trauma: "no", cancer: "yes" };
    case "nightPain":
      return {
        bladderBowel: "no",
        bothLegs: "no",
        infection: "no",
        trauma: "no",
        cancer: "no",
        nightPain: "yes",
      };
  }
}
