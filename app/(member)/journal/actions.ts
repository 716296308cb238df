"use server";

import { refresh } from "next/cache";
import {
  deleteJournalEntry as deleteEntry,
  updateJournalEntry,
  upsertJournalEntry,
} from "@/db/queries/journal";
import { type ActionState, failure, formFields, invalid, keptValues } from "@/lib/action-state";
import { requireUser } from "@/lib/auth/current-user";
import { formatShortDate } from "@/lib/journal/iso-date";
import { JournalEntrySchema } from "@/lib/journal/validation";
import { IdSchema } from "@/lib/validations/program";

const NOT_FOUND = "That entry was not found.";

/**
 * The same entry feeds the journal, the insights and the dashboard. None of them is cached on the
 * server by path: the dashboard's cached body is keyed on the member's data version, which the
 * write has just bumped. So only the browser needs telling: refresh() makes this action's answer
 * carry the current page again and drops the router's copies of the others. revalidatePath would
 * also expire every member's cached dashboard on this instance, not just this member's.
 */
function refreshJournalPages() {
  refresh();
}

/**
 * Saves a journal day. Without an id it is "the entry for this date": a new day is added and a
 * day already logged is updated, never duplicated. With an id it edits that entry, which must
 * be the member's own.
 */
export async function saveJournalEntry(_: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = JournalEntrySchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const values = parsed.data;
  const day = formatShortDate(values.date);

  const id = formData.get("id");
  if (typeof id === "string" && id !== "") {
    const result = await updateJournalEntry({ userId: user.id, id, values });
    if (result === "not-found") return failure(NOT_FOUND, formData);
    if (result === "date-taken") {
      return {
        status: "error",
        message: "Please check the highlighted fields.",
        fieldErrors: { date: [`You already have an entry for ${day}; edit that one instead.`] },
        values: keptValues(formData),
      };
    }
    refreshJournalPages();
    return { status: "success", message: `Updated your entry for ${day}.` };
  }

  const { created } = await upsertJournalEntry({ userId: user.id, values });
  refreshJournalPages();
  return {
    status: "success",
    message: created ? `Saved your entry for ${day}. Nice work.` : `Updated your entry for ${day}.`,
  };
}

export async function deleteJournalEntry(_: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = IdSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure(NOT_FOUND);
  const deleted = await deleteEntry({ userId: user.id, id: parsed.data.id });
  if (!deleted) return failure(NOT_FOUND);
  refreshJournalPages();
  return { status: "success", message: "Entry deleted." };
}
