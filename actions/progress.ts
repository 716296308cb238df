"use server";

// /progress (docs/product.md §9). Like the journal's actions: the member comes from the session,
// never from the form; ownership is in each query's WHERE clause; after a write only the
// browser needs telling (refresh()), since cached bodies are keyed on the member's data
// version, which the write has just bumped.
import { refresh } from "next/cache";
import {
  addActivity,
  archiveActivity,
  rateActivity,
  renameActivity,
  upsertWeeklyCheckIn,
} from "@/db/queries/progress";
import { type ActionState, failure, fieldError, formFields, invalid } from "@/lib/action-state";
import { isoDateOf } from "@/lib/dates/iso-date";
import { MAX_ACTIVE_ACTIVITIES } from "@/lib/progress/activities";
import { weeklyScore } from "@/lib/progress/check-in";
import {
  AddActivitySchema,
  ArchiveActivitySchema,
  PROGRESS_MESSAGES,
  RateActivitySchema,
  RenameActivitySchema,
  WeeklyCheckInSchema,
} from "@/lib/validations/progress";
import { requireUser } from "@/server/auth/current-user";

/** Saves this week's check-in; a second save in the same ISO week edits it. */
export async function saveWeeklyCheckInAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = WeeklyCheckInSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const today = isoDateOf(new Date());
  const { created } = await upsertWeeklyCheckIn({ userId: user.id, today, values: parsed.data });
  refresh();
  const score = weeklyScore(parsed.data);
  return {
    status: "success",
    message: created
      ? `Saved this week's check-in. Your weekly score is ${score}.`
      : `Updated this week's check-in. Your weekly score is ${score}.`,
  };
}

export async function addActivityAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = AddActivitySchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await addActivity({
    userId: user.id,
    ...parsed.data,
    today: isoDateOf(new Date()),
  });
  if (result === "limit")
    return fieldError(
      "name",
      `You can follow up to ${MAX_ACTIVE_ACTIVITIES} activities. Remove one to add another.`,
      formData,
    );
  refresh();
  return { status: "success", message: `Added "${parsed.data.name}".` };
}

export async function rateActivityAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = RateActivitySchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const saved = await rateActivity({
    userId: user.id,
    ...parsed.data,
    today: isoDateOf(new Date()),
  });
  if (!saved) return failure(PROGRESS_MESSAGES.notFound, formData);
  refresh();
  return { status: "success", message: "Rating saved." };
}

export async function renameActivityAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = RenameActivitySchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const renamed = await renameActivity({ userId: user.id, ...parsed.data });
  if (!renamed) return failure(PROGRESS_MESSAGES.notFound, formData);
  refresh();
  return { status: "success", message: "Renamed. Its ratings are kept." };
}

export async function archiveActivityAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = ArchiveActivitySchema.safeParse(formFields(formData));
  if (!parsed.success) return failure(PROGRESS_MESSAGES.notFound);
  const archived = await archiveActivity({ userId: user.id, activityId: parsed.data.activityId });
  if (!archived) return failure(PROGRESS_MESSAGES.notFound);
  refresh();
  return {
    status: "success",
    message: "Removed from your list. Its ratings stay in your data export.",
  };
}
