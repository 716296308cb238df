import { z } from "zod";
import { ACTIVITY_NAME_MAX } from "@/lib/progress/activities";
import { boundedText, shortString, wholeNumber } from "./bounded-text";
import { isStorableText, STORABLE_TEXT_MESSAGE } from "./storable-text";
import { isUuid } from "@/lib/ids";

/**
 * Schemas for /progress (docs/product.md §9), shared by the forms and their server actions.
 * Every value is measured before it is read (bounded-text.ts, security review F1).
 */

export const PROGRESS_MESSAGES = {
  pain: "Choose a number from 0 to 10 for your pain",
  enjoyment: "Choose a number from 0 to 10 for enjoying life",
  activity: "Choose a number from 0 to 10 for everyday activity",
  rating: "Choose a number from 0 to 10",
  name: `Name the activity in ${ACTIVITY_NAME_MAX} characters or fewer`,
  nameMissing: "Name the activity",
  notFound: "That activity was not found.",
} as const;

/** A 0–10 answer. */
const rating = (message: string) => wholeNumber(0, 10, message);

const activityName = boundedText(ACTIVITY_NAME_MAX, PROGRESS_MESSAGES.name, {
  missing: PROGRESS_MESSAGES.nameMissing,
})
  .min(1, { error: PROGRESS_MESSAGES.nameMissing })
  .refine(isStorableText, { error: STORABLE_TEXT_MESSAGE });

const activityId = shortString(36, PROGRESS_MESSAGES.notFound).refine(isUuid, {
  error: PROGRESS_MESSAGES.notFound,
});

export const WeeklyCheckInSchema = z.object({
  pain: rating(PROGRESS_MESSAGES.pain),
  enjoyment: rating(PROGRESS_MESSAGES.enjoyment),
  activity: rating(PROGRESS_MESSAGES.activity),
});

export const AddActivitySchema = z.object({
  name: activityName,
  rating: rating(PROGRESS_MESSAGES.rating),
});

export const RateActivitySchema = z.object({
  activityId,
  rating: rating(PROGRESS_MESSAGES.rating),
});

export const RenameActivitySchema = z.object({ activityId, name: activityName });

export const ArchiveActivitySchema = z.object({ activityId });
