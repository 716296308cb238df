// The course at /learn (docs/product.md §11): plain data, no React, so the pages, the
// dashboard, the export and the unit tests all read the same lessons.

/** One titled part of a lesson's short body. Text only: the pages decide how it looks. */
export type LessonSection = {
  heading?: string;
  paragraphs: readonly string[];
  points?: readonly string[];
};

export type CheckOption = { id: string; text: string };

/**
 * The lesson's one check question. `correct` names one option's id; the explanation is shown
 * whichever option was picked, so a wrong answer still teaches.
 */
export type CheckQuestion = {
  question: string;
  options: readonly CheckOption[];
  correct: string;
  explanation: string;
};

export type Lesson = {
  /** Stable id stored in lesson_progress; also the URL segment (/learn/<id>). Never renamed. */
  id: string;
  title: string;
  /** One sentence for the course list. */
  summary: string;
  /** Reading time, 3–5 minutes (§11). */
  minutes: number;
  body: readonly LessonSection[];
  /** Show the site's one red-flag list (components/safety) after the body. */
  redFlags?: boolean;
  /** The longer article this lesson draws on, by slug under /articles. */
  article?: { slug: string; title: string };
  check: CheckQuestion;
  /** One small action for today. */
  tryToday: string;
  /** What the lesson was checked against (§11: each piece says its sources and when). */
  checkedAgainst: readonly string[];
  reviewed: string;
};
