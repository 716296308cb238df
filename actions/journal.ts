"use server";

// After a write only the browser needs telling. The same entry feeds the journal, the insights
// and the dashboard; none is cached on the server by path, and the cached bodies are keyed on
// the member's data version, which the write has just bumped. refresh() makes the action's
// answer carry the current page again and drops the router's copies of the others;
// revalidatePath would also expire every member's cached bodies on this instance.
import { refresh } from "next/cache";
import {
  deleteJournalEntry as deleteEntry,
  updateJournalEntry,
  upsertJournalEntry,
} from "@/db/queries/journal";
import { type ActionState, failure, fieldError, formFields, invalid } from "@/lib/action-state";
import { requireUser } from "@/server/auth/current-user";
import { formatShortDate } from "@/lib/dates/iso-date";
import { JournalEntrySchema } from "@/lib/journal/validation";
import { IdSchema } from "@/lib/validations/program";

const NOT_FOUND = "That entry was not found.";

/**
 * Saves a journal day. Without an id it is "the entry for this date": a new day is added and a
 * day already logged is updated, never duplicated. With an id it edits that entry, which must
 * be the member's own.
 */
export async function saveJournalEntryAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
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
      return fieldError(
        "date",
        `You already have an entry for ${day}; edit that one instead.`,
        formData,
      );
    }
    refresh();
    return { status: "success", message: `Updated your entry for ${day}.` };
  }

  const { created } = await upsertJournalEntry({ userId: user.id, values });
  refresh();
  return {
    status: "success",
    message: created ? `Saved your entry for ${day}. Nice work.` : `Updated your entry for ${day}.`,
  };
}

export async function deleteJournalEntryAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = IdSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure(NOT_FOUND);
  const deleted = await deleteEntry({ userId: user.id, id: parsed.data.id });
  if (!deleted) return failure(NOT_FOUND);
  refresh();
  return { status: "success", message: "Entry deleted." };
}
