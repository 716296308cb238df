"use client";

import Link from "next/link";
import { useOptimistic } from "react";
import { EntrySummary } from "@/components/journal/entry-summary";
import { JournalEntryForm } from "@/components/journal/journal-entry-form";
import { previewEntry, type ListedEntry } from "@/components/journal/optimistic-entries";
import { useJournalForm } from "@/components/journal/use-journal-form";
import { FormAlert } from "@/components/ui/form-alert";
import type { JournalEntryView } from "@/db/queries/journal";
import type { IsoDate } from "@/lib/dates/iso-date";

/**
 * Today's journal on the dashboard: the entry when there is one, else a short form whose
 * save shows as the entry at once. The form stays mounted (only hidden) while saving, so if
 * the save fails it reappears with everything still typed.
 */
export function QuickEntry({ today, entry }: { today: IsoDate; entry: JournalEntryView | null }) {
  const [shown, show] = useOptimistic<ListedEntry | null>(entry);
  const form = useJournalForm({
    date: today,
    entry: null,
    idPrefix: "quick",
    showOptimistic: (values) => show(previewEntry(values, `saving-${values.date}`)),
  });

  return (
    <div className="space-y-4">
      {/* Errors show inside the form, which comes back into view when a save fails. */}
      {form.state.status === "success" ? <FormAlert state={form.state} /> : null}
      {shown ? (
        <div className="space-y-3">
          <EntrySummary entry={shown} />
          {shown.saving ? (
            <p className="text-muted text-sm">Saving…</p>
          ) : (
            <Link className="underline" href="/journal#entry-form">
              Add more or edit today&apos;s entry
            </Link>
          )}
        </div>
      ) : null}
      {entry ? null : (
        <div hidden={Boolean(shown)}>
          <JournalEntryForm variant="quick" date={today} editing={false} form={form} />
        </div>
      )}
    </div>
  );
}
