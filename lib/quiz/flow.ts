// Pure navigation for a one-question-per-screen quiz with a Back button and a
// progress bar. The UI keeps two things: the draft answers and the index of
// the step on screen. Everything else is derived here, so Back, changed
// answers and reloads cannot leave the quiz in a state the scoring rejects.
//
// Invariant the UI can rely on: which steps come before index i depends only
// on answers to steps before i. So changing the answer on screen never moves
// the current step; it only changes what comes after, or ends the quiz. (The
// both-legs recheck is the one step that rewrites an earlier answer, gate
// question 2, and it can only do so by ending the quiz.)

import { BOTH_LEGS_RECHECK, questionFor, type Question, type QuestionSection } from "./questions";
import { GATE_KEYS, PROFILE_KEYS, TYPE_KEYS, type QuizDraft, type QuizKey } from "./types";

export interface QuizStep {
  key: QuizKey;
  section: QuestionSection;
  /**
   * True for the second asking of gate question 2 after "both legs" is chosen.
   * It writes the same `bothLegs` answer; a "yes" there ends the quiz exactly
   * as a "yes" the first time does, and the stored set is gate-stopped.
   */
  recheck: boolean;
}

const BOTH_LEGS_RECHECK_STEP: QuizStep = { key: "bothLegs", section: "gate", recheck: true };

/**
 * The steps to show, in order, given the answers so far. Unanswered questions
 * are assumed not to end the quiz, so the list is the whole remaining path
 * (which is what a progress bar needs). It ends early at the first gate "yes".
 */
export function visibleSteps(answers: QuizDraft): QuizStep[] {
  const steps: QuizStep[] = [];
  for (const key of GATE_KEYS) {
    steps.push({ key, section: "gate", recheck: false });
    // A recheck "yes" also lands here: bothLegs becomes "yes", so the path is
    // cut at gate question 2 and every later answer becomes unreachable.
    if (answers[key] === "yes") return steps;
  }
  for (const key of PROFILE_KEYS) {
    steps.push({ key, section: "profile", recheck: false });
    if (key === "legSymptoms" && answers.legSymptoms === "bothLegs") {
      steps.push(BOTH_LEGS_RECHECK_STEP);
    }
  }
  for (const key of TYPE_KEYS) {
    steps.push({ key, section: "type", recheck: false });
  }
  return steps;
}

/** The question to show for a step (the recheck has its own wording). */
export function questionForStep(step: QuizStep): Question {
  return step.recheck ? BOTH_LEGS_RECHECK : questionFor(step.key);
}

function isAnswered(answers: QuizDraft, step: QuizStep): boolean {
  return answers[step.key] !== undefined;
}

/** True when every step on the path is answered: the draft can be submitted. */
export function isComplete(answers: QuizDraft): boolean {
  return visibleSteps(answers).every((step) => isAnswered(answers, step));
}

/**
 * Where to go after the step at `currentIndex` has been answered: the next
 * index, or null when the quiz is complete (submit it). If the current step
 * is still unanswered, stay on it. If the path has run out but something
 * earlier is unanswered (a skipped screen, a restored draft), go back to it.
 *
 * Note the recheck step's key is already answered from gate question 2, so a
 * UI must walk steps in order (as this function does) to show it.
 */
export function nextStep(answers: QuizDraft, currentIndex: number): number | null {
  const steps = visibleSteps(answers);
  const current = steps[currentIndex];
  if (current && !isAnswered(answers, current)) return currentIndex;
  if (currentIndex + 1 < steps.length) return currentIndex + 1;
  const firstGap = steps.findIndex((step) => !isAnswered(answers, step));
  return firstGap === -1 ? null : firstGap;
}

/** Where the Back button goes, or null on the first question. */
export function previousStep(currentIndex: number): number | null {
  return currentIndex > 0 ? currentIndex - 1 : null;
}

export interface QuizProgress {
  /** 1-based position of the current step. */
  position: number;
  total: number;
  /** 0–100, for a progress bar's value. */
  percent: number;
}

/**
 * Progress through the steps currently on the path. The total grows by one
 * when the both-legs recheck appears and shrinks when a gate "yes" ends the
 * quiz, so compute it from the same answers the step came from.
 */
export function progress(answers: QuizDraft, currentIndex: number): QuizProgress {
  const total = visibleSteps(answers).length;
  const position = Math.min(Math.max(currentIndex + 1, 1), total);
  return { position, total, percent: Math.round((position / total) * 100) };
}

function copyAnswer<K extends QuizKey>(from: QuizDraft, to: QuizDraft, key: K): void {
  if (from[key] !== undefined) to[key] = from[key];
}

/**
 * Only the answers on the current path. Answers the person gave before going
 * Back and changing an earlier one (e.g. profile answers left over after a
 * gate "yes") are dropped, because the schema rejects keys after a stop.
 * Submit this, not the raw draft.
 */
export function reachableAnswers(answers: QuizDraft): QuizDraft {
  const reachable: QuizDraft = {};
  for (const step of visibleSteps(answers)) copyAnswer(answers, reachable, step.key);
  return reachable;
}
