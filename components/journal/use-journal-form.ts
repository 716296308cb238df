"use client";

import type { z } from "zod";
import { saveJournalEntryAction } from "@/actions/journal";
import type { JournalEntryView } from "@/db/queries/journal";
import type { IsoDate } from "@/lib/dates/iso-date";
import { useActionForm } from "@/components/forms/use-action-form";
import type { JournalEntryValues } from "@/lib/journal/validation";
import { type JournalFormValues, journalFormDefaults } from "./form-values";

// The schema parses FormData-shaped input (strings) into numbers and nulls; the form holds
// exactly that input, so this only tells the form's types what the schema already accepts.
type JournalSchema = z.ZodType<JournalEntryValues, JournalFormValues>;
const loadSchema = () =>
  import("@/lib/journal/validation").then((m) => m.JournalEntrySchema as unknown as JournalSchema);

/**
 * The journal entry form's state (the site's one form recipe, useActionForm), held by the
 * component that also shows the entry list, so a save can show in the list at once.
 */
export function useJournalForm({
  date,
  entry,
  idPrefix,
  showOptimistic,
}: {
  date: IsoDate;
  entry: JournalEntryView | null;
  idPrefix: string;
  showOptimistic: (values: JournalEntryValues) => void;
}) {
  return useActionForm({
    loadSchema,
    action: saveJournalEntryAction,
    defaults: (kept) => journalFormDefaults(date, entry, kept),
    idPrefix,
    showOptimistic,
    // A half-filled day is normal; fields are checked when the entry is saved, not on leaving them.
    mode: "onSubmit",
  });
}

export type JournalForm = ReturnType<typeof useJournalForm>;
