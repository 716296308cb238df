// The v2 path (docs/product.md §3): which questions are asked, in order, given the answers so
// far. All eight gate questions are asked, then a yes to any stops the quiz, so the safety
// screen can lead with the most urgent flag and list the others. The profile stops early for
// under-16s, a yes to the both-legs re-ask, and recent back surgery.
import { GATE_V2_KEYS, TYPE_V2_KEYS, type QuizV2Draft, type QuizV2Key } from "./model";

function gateStops(answers: QuizV2Draft): boolean {
  return GATE_V2_KEYS.some((key) => answers[key] === "yes");
}

/** The keys on the path, in order; unanswered questions are assumed not to stop the quiz. */
export function visibleKeysV2(answers: QuizV2Draft): QuizV2Key[] {
  const keys: QuizV2Key[] = [...GATE_V2_KEYS];
  if (gateStops(answers)) return keys;
  keys.push("ageBand");
  if (answers.ageBand === "under16") return keys;
  keys.push("firstEpisode", "duration");
  if (answers.duration === "over3m") {
    keys.push("startedBefore45");
    if (answers.startedBefore45 === "yes") keys.push("ibpFeatures");
  }
  keys.push("worstPain", "dailyFunction", "activityResponse", "recentInjury", "legSymptoms");
  if (answers.legSymptoms === "bothLegs" && answers.legsNeuro === "no") {
    keys.push("legsNeuroRecheck");
    if (answers.legsNeuroRecheck === "yes") return keys;
  }
  keys.push("circumstances");
  if (answers.circumstances?.includes("recentSurgery")) return keys;
  keys.push(...TYPE_V2_KEYS);
  return keys;
}

export function isCompleteV2(answers: QuizV2Draft): boolean {
  return visibleKeysV2(answers).every((key) => answers[key] !== undefined);
}

/** Only the answers on the current path (answers left behind by Back are dropped). */
export function reachableAnswersV2(answers: QuizV2Draft): QuizV2Draft {
  const reachable: QuizV2Draft = {};
  for (const key of visibleKeysV2(answers)) copyAnswer(answers, reachable, key);
  return reachable;
}

function copyAnswer<K extends QuizV2Key>(from: QuizV2Draft, to: QuizV2Draft, key: K): void {
  const value = from[key];
  if (value !== undefined) to[key] = value;
}
