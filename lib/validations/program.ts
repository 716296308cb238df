import { z } from "zod";
import { isIsoDate } from "@/lib/dates/iso-date";
import { latestDateOnEarth } from "@/lib/journal/validation";
import { getExercise } from "@/lib/program/exercises";
import {
  boundedList,
  boundedText,
  optionalBoundedText,
  shortString,
  tooLongToRead,
} from "./bounded-text";
import { isStorableOrNull, STORABLE_TEXT_MESSAGE } from "./storable-text";
import { isUuid } from "@/lib/ids";

/**
 * Schemas for the program's forms (log a session, delete one, change phase), shared by the
 * forms and their server actions. Input is FormData-shaped: strings, and repeated names
 * (the exercise checkboxes) as arrays. Every value is measured before it is read
 * (bounded-text.ts, security review F1).
 */

/** Longer than every way of writing a small whole number; a longer string is refused unread. */
const NUMBER_TEXT_MAX = 32;

export const SESSION_MESSAGES = {
  date: "Enter the date as YYYY-MM-DD",
  futureDate: "The date can't be in the future",
  exercises: "Tick at least one exercise you did",
  unknownExercise: "One of the exercises isn't in the library; please reload the page",
  effort: "Effort must be a whole number from 1 to 10",
  painBefore: "Pain before must be a whole number from 0 to 10",
  painAfter: "Pain after must be a whole number from 0 to 10",
  notes: "Notes must be 2000 characters or fewer",
} as const;

function whole(min: number, max: number, message: string) {
  return z.preprocess(
    (value) =>
      typeof value === "string" && !tooLongToRead(value, NUMBER_TEXT_MAX)
        ? value.trim() === ""
          ? undefined
          : Number(value.trim())
        : value,
    z
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message }),
  );
}

export const LogSessionSchema = z.object({
  date: boundedText(10, SESSION_MESSAGES.date).superRefine((value, ctx) => {
    if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: SESSION_MESSAGES.date });
    // Same rule as the journal: only dates in the future everywhere on Earth are refused.
    else if (value > latestDateOnEarth())
      ctx.addIssue({ code: "custom", message: SESSION_MESSAGES.futureDate });
  }),
  exerciseIds: z.preprocess(
    (value: unknown): unknown[] =>
      // No ticks: FormData has no such key; the browser's form holds [] (or false for a lone box).
      value === undefined || value === false
        ? []
        : Array.isArray(value)
          ? (value as unknown[])
          : [value],
    boundedList(
      shortString(64, SESSION_MESSAGES.unknownExercise).refine(
        (id) => getExercise(id) !== undefined,
        {
          error: SESSION_MESSAGES.unknownExercise,
        },
      ),
      { min: 1, max: 40, message: SESSION_MESSAGES.exercises },
    ).transform((ids) => [...new Set(ids)]),
  ),
  effort: whole(1, 10, SESSION_MESSAGES.effort),
  painBefore: whole(0, 10, SESSION_MESSAGES.painBefore),
  painAfter: whole(0, 10, SESSION_MESSAGES.painAfter),
  notes: optionalBoundedText(2000, SESSION_MESSAGES.notes).refine(isStorableOrNull, {
    error: STORABLE_TEXT_MESSAGE,
  }),
});
export type LogSessionValues = z.output<typeof LogSessionSchema>;

export const IdSchema = z.object({
  id: shortString(36, "Not found", "Missing id").refine(isUuid, { error: "Not found" }),
});

export const ChangePhaseSchema = z.object({
  enrollmentId: shortString(36, "Not found", "Missing plan").refine(isUuid, { error: "Not found" }),
  direction: z.enum(["next", "back"], { error: "Choose next or back" }),
});

export const DeclareFlareSchema = z.object({
  enrollmentId: shortString(36, "Not found", "Missing plan").refine(isUuid, { error: "Not found" }),
  declared: z.enum(["start", "end"], { error: "Choose start or end" }),
});

/** Strict: the plan comes from the result itself, so a posted plan type is refused, not ignored. */
export const StartProgramSchema = z.strictObject({
  assessmentId: shortString(36, "Not found", "Missing result").refine(isUuid, {
    error: "Not found",
  }),
});
