// Keeps a quiz in progress in sessionStorage so a reload (or a phone
// discarding the tab) does not lose the answers. sessionStorage, not
// localStorage: health answers should not outlive the browsing session on a
// shared device. Checked by hand against the question options rather than
// with zod, to keep the quiz page's JavaScript small.

import { reachableAnswers, visibleSteps } from "@/lib/quiz/flow";
import { questionFor } from "@/lib/quiz/questions";
import { QUIZ_KEYS, QUIZ_VERSION, type QuizDraft } from "@/lib/quiz/types";

const STORAGE_KEY = `lbpfix:quiz:v${QUIZ_VERSION}`;

export interface SavedQuiz {
  draft: QuizDraft;
  index: number;
}

function isAllowed(key: (typeof QUIZ_KEYS)[number], value: unknown): boolean {
  return questionFor(key).options.some((option) => option.value === value);
}

/** Only keys and values the quiz can produce survive; anything else is dropped. */
export function sanitizeDraft(raw: unknown): QuizDraft {
  if (typeof raw !== "object" || raw === null) return {};
  const source = raw as Record<string, unknown>;
  const draft: Record<string, unknown> = {};
  for (const key of QUIZ_KEYS) {
    if (isAllowed(key, source[key])) draft[key] = source[key];
  }
  return reachableAnswers(draft);
}

/** Never past the first unanswered step, never off the end of the path. */
export function clampIndex(draft: QuizDraft, index: unknown): number {
  const steps = visibleSteps(draft);
  const firstGap = steps.findIndex((step) => draft[step.key] === undefined);
  const last = firstGap === -1 ? steps.length - 1 : firstGap;
  const wanted = typeof index === "number" && Number.isInteger(index) ? index : 0;
  return Math.min(Math.max(wanted, 0), last);
}

export function loadQuiz(): SavedQuiz | null {
  try {
    const text = window.sessionStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const parsed = JSON.parse(text) as { draft?: unknown; index?: unknown };
    const draft = sanitizeDraft(parsed.draft);
    return { draft, index: clampIndex(draft, parsed.index) };
  } catch {
    return null; // storage blocked (private mode) or corrupt: start afresh
  }
}

export function saveQuiz(saved: SavedQuiz): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Storage full or blocked: the quiz still works, it just will not survive a reload.
  }
}

export function clearQuiz(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}
