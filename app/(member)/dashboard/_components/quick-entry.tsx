"use client";

import Link from "next/link";
import { useOptimistic } from "react";
import { EntrySummary } from "@/components/journal/entry-summary";
import { JournalEntryForm } from "@/components/journal/journal-entry-form";
import { previewEntry, type ListedEntry } from "@/components/journal/optimistic-entries";
import { useJournalSave } from "@/components/journal/use-journal-save";
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
  const { state, formAction, save, pending } = useJournalSave();

  return (
    <div className="space-y-4">
      {state.status === "success" || state.status === "error" ? <FormAlert state={state} /> : null}
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
          <JournalEntryForm
            variant="quick"
            date={today}
            entry={null}
            state={state.status === "error" ? state : { status: "idle" }}
            pending={pending}
            formAction={formAction}
            onValidSubmit={(formData, values) =>
              save(formData, () => show(previewEntry(values, `saving-${values.date}`)))
            }
          />
        </div>
      )}
    </div>
  );
}
