"use server";

// /settings/reminders (docs/product.md §10). The member comes from the session, never from the
// form; every query is keyed by that id.
import { refresh } from "next/cache";
import { databaseKnowsTimeZone, saveReminderPlan, setCalendarToken } from "@/db/queries/reminders";
import { newToken } from "@/lib/auth/tokens";
import { type ActionState, fieldError, formFields, invalid } from "@/lib/action-state";
import { REMINDER_MESSAGES, ReminderPlanSchema } from "@/lib/validations/reminders";
import { requireUser } from "@/server/auth/current-user";
import { siteLink } from "@/server/email/messages";

export async function saveReminderPlanAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = ReminderPlanSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  if (!(await databaseKnowsTimeZone(parsed.data.timeZone)))
    return fieldError("timeZone", REMINDER_MESSAGES.timeZone, formData);
  await saveReminderPlan({ userId: user.id, plan: parsed.data });
  refresh();
  return {
    status: "success",
    message: parsed.data.enabled
      ? "Saved. Your reminders follow this plan from now on."
      : "Saved. Reminders are off; your plan is kept for when you want them.",
  };
}

/**
 * Makes a new private calendar link and shows it once (only its hash is kept). Any earlier
 * link stops working.
 */
export async function newCalendarFeedAction(
  _: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const { token, tokenHash } = newToken();
  await setCalendarToken({ userId: user.id, tokenHash });
  refresh();
  return {
    status: "success",
    message:
      "Your new calendar link is ready. Any earlier link has stopped working. Copy it now: for your privacy it is shown only once.",
    values: { feedUrl: siteLink(`/calendar/${token}.ics`) },
  };
}

/** Turns the calendar link off: calendars subscribed to it stop updating. */
export async function revokeCalendarFeedAction(
  _: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  await setCalendarToken({ userId: user.id, tokenHash: null });
  refresh();
  return { status: "success", message: "Calendar link turned off." };
}
