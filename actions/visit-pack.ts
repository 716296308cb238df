"use server";

// The visit pack's notes (docs/product.md §9). As in actions/progress.ts: the member comes from
// the session, never from the form; their one notes row is keyed by their own id; after a write
// only the browser needs telling (refresh()), since cached bodies are keyed on the member's data
// version, which the write has just bumped.
import { refresh } from "next/cache";
import { saveVisitPackNotes } from "@/db/queries/visit-pack";
import { type ActionState, formFields, invalid } from "@/lib/action-state";
import { isoDateOf } from "@/lib/dates/iso-date";
import { parseVisitPackQuery } from "@/lib/progress/visit-pack-query";
import { VisitPackNotesSchema } from "@/lib/validations/visit-pack";
import { requireUser } from "@/server/auth/current-user";

/**
 * Saves "what changed / my main concern / my questions" with the range and sections the member
 * is looking at (hidden fields, parsed like the page's own query): the first save creates their
 * notes, every later one edits them.
 */
export async function saveVisitPackNotesAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const fields = formFields(formData);
  const parsed = VisitPackNotesSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, formData);
  const { options, range } = parseVisitPackQuery(fields, {
    today: isoDateOf(new Date()),
    saved: null,
  });
  await saveVisitPackNotes({
    userId: user.id,
    notes: parsed.data,
    options,
    rangeDays: range.kind === "days" ? range.days : null,
  });
  refresh();
  return { status: "success", message: "Saved. Your words are in the pack and its PDF." };
}
