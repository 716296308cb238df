import { z } from "zod";
import { isIsoDate } from "@/lib/dates/iso-date";
import { latestDateOnEarth } from "@/lib/journal/validation";
import { DOSE_RATINGS, type DoseRating } from "@/lib/program/dose-adaptation";
import { getExercise } from "@/lib/program/exercises";
import {
  boundedList,
  boundedText,
  optionalBoundedText,
  shortString,
  tooLongToRead,
  wholeNumber,
} from "./bounded-text";
import { isStorableOrNull, STORABLE_TEXT_MESSAGE } from "./storable-text";
import { isUuid } from "@/lib/ids";

/**
 * Schemas for the program's forms (log a session, delete one, change phase), shared by the
 * forms and their server actions. Input is FormData-shaped: strings, and repeated names
 * (the exercise checkboxes) as arrays. Every value is measured before it is read
 * (bounded-text.ts, security review F1).
 */

export const SESSION_MESSAGES = {
  date: "Enter the date as YYYY-MM-DD",
  futureDate: "The date can't be in the future",
  exercises: "Tick at least one exercise you did",
  unknownExercise: "One of the exercises isn't in the library; please reload the page",
  effort: "Effort must be a whole number from 1 to 10",
  painBefore: "Pain before must be a whole number from 0 to 10",
  painAfter: "Pain after must be a whole number from 0 to 10",
  notes: "Notes must be 2000 characters or fewer",
  sessionKey: "This session's key is not valid; please reload the page",
  rating: "Rate each exercise as too easy, about right or too hard",
  ratingNotTicked: "Rate only the exercises you did",
  ratingTwice: "Rate each exercise once",
} as const;

/** The longest "<exercise id>:<rating>": a 64-character id, a colon and "about-right". */
const RATING_TEXT_MAX = 64 + 1 + 11;
/** One per exercise, and a session holds at most 40 (the exercise list's own limit). */
const RATINGS_MAX = 40;

/** Repeated form fields arrive as a list, a lone one as a string, none at all as undefined. */
function asList(value: unknown): unknown[] {
  return value === undefined || value === false
    ? []
    : Array.isArray(value)
      ? (value as unknown[])
      : [value];
}

type ExerciseRating = { exerciseId: string; rating: DoseRating };

/**
 * "<exerciseId>:<rating>" split, or null when it is not one of the three ratings. Measured
 * before it is read, like every other value (bounded-text.ts).
 */
function parseRating(item: unknown): ExerciseRating | null {
  if (typeof item !== "string" || tooLongToRead(item, RATING_TEXT_MAX)) return null;
  const colon = item.lastIndexOf(":");
  const exerciseId = item.slice(0, colon);
  const rating = DOSE_RATINGS.find((r) => r === item.slice(colon + 1));
  return colon > 0 && rating ? { exerciseId, rating } : null;
}

/** The log form's fields; the guided session player sends the same ones plus its own two. */
const LogSessionFields = z.object({
  date: boundedText(10, SESSION_MESSAGES.date).superRefine((value, ctx) => {
    if (!isIsoDate(value)) ctx.addIssue({ code: "custom", message: SESSION_MESSAGES.date });
    // Same rule as the journal: only dates in the future everywhere on Earth are refused.
    else if (value > latestDateOnEarth())
      ctx.addIssue({ code: "custom", message: SESSION_MESSAGES.futureDate });
  }),
  exerciseIds: z.preprocess(
    // No ticks: FormData has no such key; the browser's form holds [] (or false for a lone box).
    asList,
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
  effort: wholeNumber(1, 10, SESSION_MESSAGES.effort),
  painBefore: wholeNumber(0, 10, SESSION_MESSAGES.painBefore),
  painAfter: wholeNumber(0, 10, SESSION_MESSAGES.painAfter),
  notes: optionalBoundedText(2000, SESSION_MESSAGES.notes).refine(isStorableOrNull, {
    error: STORABLE_TEXT_MESSAGE,
  }),
  /** Made on the device by the guided session player; the log form sends none. */
  sessionKey: z.preprocess(
    (value) => (value === "" ? undefined : value),
    shortString(36, SESSION_MESSAGES.sessionKey)
      .refine(isUuid, { error: SESSION_MESSAGES.sessionKey })
      .transform((key) => key.toLowerCase())
      .optional(),
  ),
  /** The guided session's ratings, one repeated field each: "<exerciseId>:<too-easy|…>". */
  rating: z.preprocess(
    asList,
    // Items are measured and split in one place, so every problem is the one "rating" field's.
    boundedList(z.unknown(), { max: RATINGS_MAX, message: SESSION_MESSAGES.rating }).transform(
      (items, ctx) => {
        const ratings: ExerciseRating[] = [];
        for (const item of items) {
          const parsed = parseRating(item);
          if (!parsed) {
            ctx.addIssue({ code: "custom", message: SESSION_MESSAGES.rating });
            return z.NEVER;
          }
          ratings.push(parsed);
        }
        return ratings;
      },
    ),
  ),
});

export const LogSessionSchema = LogSessionFields.superRefine((values, ctx) => {
  // Only for exercises ticked in this session, and at most one each: a rating stands for how
  // that exercise felt today, and each one moves its next dose.
  const ticked = new Set(values.exerciseIds);
  const rated = new Set<string>();
  for (const { exerciseId } of values.rating) {
    if (!ticked.has(exerciseId)) {
      ctx.addIssue({
        code: "custom",
        path: ["rating"],
        message: SESSION_MESSAGES.ratingNotTicked,
      });
      return;
    }
    if (rated.has(exerciseId)) {
      ctx.addIssue({ code: "custom", path: ["rating"], message: SESSION_MESSAGES.ratingTwice });
      return;
    }
    rated.add(exerciseId);
  }
}).transform(({ rating, ...values }) => ({
  ...values,
  ratings: rating.length ? Object.fromEntries(rating.map((r) => [r.exerciseId, r.rating])) : null,
}));
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
