import { z } from "zod";
import { LESSON_ID_MAX_LENGTH, lessonById } from "@/lib/learn/lessons";
import { shortString } from "./bounded-text";

/**
 * The check-question form on a lesson (docs/product.md §11): which lesson, and which option.
 * Lengths are measured before either value is looked up (bounded-text.ts). Whether the option
 * belongs to the lesson is the lesson's own rule (lib/learn/lessons.ts checkAnswer).
 */
export const LEARN_MESSAGES = {
  lesson: "That lesson was not found.",
  answer: "Pick one of the answers.",
} as const;

/** Longer than any option id; a longer value is refused unread. */
const ANSWER_MAX_LENGTH = 8;

export const AnswerLessonSchema = z.object({
  lesson: shortString(LESSON_ID_MAX_LENGTH, LEARN_MESSAGES.lesson).refine(
    (id) => lessonById(id) !== undefined,
    { error: LEARN_MESSAGES.lesson },
  ),
  answer: shortString(ANSWER_MAX_LENGTH, LEARN_MESSAGES.answer),
});
