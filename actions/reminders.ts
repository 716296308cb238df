"use server";

// /settings/reminders (docs/product.md §10). The member comes from the session, never from the
// form; every query is keyed by that id.
import { refresh } from "next/cache";
import { saveReminderPlan } from "@/db/queries/reminders";
import { type ActionState, formFields, invalid } from "@/lib/action-state";
import { ReminderPlanSchema } from "@/lib/validations/reminders";
import { requireUser } from "@/server/auth/current-user";

export async function saveReminderPlanAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = ReminderPlanSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  await saveReminderPlan({ userId: user.id, plan: parsed.data });
  refresh();
  return {
    status: "success",
    message: parsed.data.enabled
      ? "Saved. Your reminders follow this plan from now on."
      : "Saved. Reminders are off; your plan is kept for when you want them.",
  };
}
