// Keeps a quiz in progress in sessionStorage so a reload (or a phone
// discarding the tab) does not lose the answers. sessionStorage, not
// localStorage: health answers should not outlive the browsing session on a
// shared device. Checked by hand against the question options rather than
// with zod, to keep the quiz page's JavaScript small.

import { reachableAnswersV2, visibleKeysV2 } from "@/lib/quiz/v2/flow";
import { QUIZ_V2, type QuizV2Draft } from "@/lib/quiz/v2/model";
import { QUESTIONS_V2, type QuestionV2 } from "@/lib/quiz/v2/questions";

const STORAGE_KEY = `lbpfix:quiz:v${QUIZ_V2}`;

export interface SavedQuiz {
  draft: QuizV2Draft;
  index: number;
}

function isAllowed(question: QuestionV2, value: unknown): boolean {
  const allowed = (one: unknown) => question.options.some((option) => option.value === one);
  if (question.kind !== "multi") return allowed(value);
  return Array.isArray(value) && value.every(allowed) && new Set(value).size === value.length;
}

/** Only keys and values the quiz can produce survive; anything else is dropped. */
export function sanitizeDraft(raw: unknown): QuizV2Draft {
  if (typeof raw !== "object" || raw === null) return {};
  const source = raw as Record<string, unknown>;
  const draft: Record<string, unknown> = {};
  for (const question of QUESTIONS_V2) {
    if (isAllowed(question, source[question.key])) draft[question.key] = source[question.key];
  }
  // Every value was checked against its question's own options just above.
  return reachableAnswersV2(draft);
}

/** Never past the first unanswered step, never off the end of the path. */
export function clampIndex(draft: QuizV2Draft, index: unknown): number {
  const keys = visibleKeysV2(draft);
  const firstGap = keys.findIndex((key) => draft[key] === undefined);
  const last = firstGap === -1 ? keys.length - 1 : firstGap;
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
