import type { Lesson } from "./types";
import { whyBacksHurt } from "./lessons/why-backs-hurt";
import { hurtIsNotHarm } from "./lessons/hurt-is-not-harm";
import { flares } from "./lessons/flares";
import { pacing } from "./lessons/pacing";
import { sitting } from "./lessons/sitting";
import { sleep } from "./lessons/sleep";
import { stressAndMood } from "./lessons/stress-and-mood";
import { liftingAndCarrying } from "./lessons/lifting-and-carrying";
import { painRelief } from "./lessons/pain-relief";
import { sciatica } from "./lessons/sciatica";
import { scans } from "./lessons/scans";
import { returningToWork } from "./lessons/returning-to-work";
import { pregnancy } from "./lessons/pregnancy";
import { olderAdults } from "./lessons/older-adults";
import { whatNotToSpendMoneyOn } from "./lessons/what-not-to-spend-money-on";
import { stayingWell } from "./lessons/staying-well";
import { whenToSeeSomeone } from "./lessons/when-to-see-someone";

/**
 * The course in the order docs/product.md §11 gives: first what pain is, then what to do about
 * it day to day, then particular situations, and last when to get help. A lesson's position
 * here is its number; its id is what a member's progress stores, so ids never change.
 */
export const LESSONS: readonly Lesson[] = [
  whyBacksHurt,
  hurtIsNotHarm,
  flares,
  pacing,
  sitting,
  sleep,
  stressAndMood,
  liftingAndCarrying,
  painRelief,
  sciatica,
  scans,
  returningToWork,
  pregnancy,
  olderAdults,
  whatNotToSpendMoneyOn,
  stayingWell,
  whenToSeeSomeone,
];

/** Longest lesson id, for the database check and the answer form's validation. */
export const LESSON_ID_MAX_LENGTH = 60;

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The lesson's number in the course, from 1. */
export function lessonNumber(lesson: Lesson): number {
  return LESSONS.indexOf(lesson) + 1;
}

export function neighbours(lesson: Lesson): { previous: Lesson | null; next: Lesson | null } {
  const i = LESSONS.indexOf(lesson);
  return { previous: LESSONS[i - 1] ?? null, next: LESSONS[i + 1] ?? null };
}

export type CourseProgress = {
  done: number;
  total: number;
  /** The first lesson in course order not yet done; null once every lesson is done. */
  next: Lesson | null;
};

/**
 * Where a member stands: how many lessons are done and which comes next. The next lesson is the
 * first undone one in course order, so a member who skips ahead is still pointed back to the
 * one they missed. Ids of lessons no longer in the course are ignored.
 */
export function courseProgress(doneIds: Iterable<string>): CourseProgress {
  const done = new Set(doneIds);
  const count = LESSONS.filter((l) => done.has(l.id)).length;
  return {
    done: count,
    total: LESSONS.length,
    next: LESSONS.find((l) => !done.has(l.id)) ?? null,
  };
}

export type CheckResult = { picked: string; correct: boolean };

/** The reader's pick checked against the lesson; null when it is not one of the options. */
export function checkAnswer(lesson: Lesson, picked: string): CheckResult | null {
  if (!lesson.check.options.some((o) => o.id === picked)) return null;
  return { picked, correct: picked === lesson.check.correct };
}
