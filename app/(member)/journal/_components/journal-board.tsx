"use client";

import Link from "next/link";
import { useOptimistic, useState, useTransition } from "react";
import { deleteJournalEntryAction } from "@/actions/journal";
import { FormAlert } from "@/components/ui/form-alert";
import type { JournalEntryView } from "@/db/queries/journal";
import { type ActionState, idleState } from "@/lib/action-state";
import { formatShortDate, type IsoDate } from "@/lib/dates/iso-date";
import { EntrySummary } from "@/components/journal/entry-summary";
import { JournalEntryForm } from "@/components/journal/journal-entry-form";
import {
  applyEntryChange,
  type ListedEntry,
  previewEntry,
} from "@/components/journal/optimistic-entries";
import { useJournalForm } from "@/components/journal/use-journal-form";
import type { JournalEntryValues } from "@/lib/journal/validation";

type Props = {
  today: IsoDate;
  formDate: IsoDate;
  formEntry: JournalEntryView | null;
  entries: JournalEntryView[];
};

/**
 * The journal's form and list, together because a save shows in the list at once
 * (useOptimistic) and settles into the server's copy when the page data refreshes.
 */
export function JournalBoard({ today, formDate, formEntry, entries }: Props) {
  const [listed, change] = useOptimistic<ListedEntry[], Parameters<typeof applyEntryChange>[1]>(
    entries,
    applyEntryChange,
  );
  const [listState, setListState] = useState<ActionState>(idleState);
  const [, startDelete] = useTransition();

  const heading =
    formDate === today
      ? formEntry
        ? "Today's entry"
        : "How is your back today?"
      : `${formEntry ? "Edit" : "Add"} your entry for ${formatShortDate(formDate, true)}`;

  function remove(entry: ListedEntry) {
    const formData = new FormData();
    formData.set("id", entry.id);
    startDelete(async () => {
      change({ type: "delete", id: entry.id });
      try {
        setListState(await deleteJournalEntryAction(idleState, formData));
      } catch {
        setListState({
          status: "error",
          message:
            "We couldn't reach the server, so the entry was not deleted. Try again in a moment.",
        });
      }
    });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section
        aria-labelledby="entry-form-heading"
        id="entry-form"
        className="border-brand-100 min-w-0 rounded-2xl border bg-white p-5 shadow-sm sm:p-6"
      >
        <h2 id="entry-form-heading" className="mb-4 text-xl font-semibold">
          {heading}
        </h2>
        <EntryEditor
          // A fresh form for another day. The same day's form stays mounted after a save, so its
          // message stays in view; saving a new day again updates it (entries are one per day).
          key={formDate}
          date={formDate}
          entry={formEntry}
          showSaving={(values) =>
            change({
              type: "save",
              entry: previewEntry(values, formEntry?.id ?? `saving-${values.date}`),
            })
          }
        />
      </section>

      <section aria-labelledby="entries-heading" className="min-w-0">
        <h2 id="entries-heading" className="mb-4 text-xl font-semibold">
          Your entries
        </h2>
        <div className="mb-4">
          <FormAlert state={listState} />
        </div>
        {listed.length === 0 ? (
          <p className="text-muted">
            No entries yet. Your first one takes a minute, and every day you log makes the patterns
            clearer.
          </p>
        ) : (
          <ol className="space-y-4" aria-label="Journal entries, newest first">
            {listed.map((entry) => (
              <li
                key={entry.id}
                className="rounded-xl border border-gray-200 p-4"
                data-entry-date={entry.date}
              >
                <article aria-labelledby={`entry-${entry.id}`}>
                  <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                    <h3 id={`entry-${entry.id}`} className="font-semibold">
                      <time dateTime={entry.date}>
                        {entry.date === today ? "Today" : formatShortDate(entry.date, true)}
                      </time>
                    </h3>
                    {entry.saving ? (
                      <span className="text-muted text-sm">Saving…</span>
                    ) : (
                      <div className="flex gap-4 text-sm">
                        <Link className="underline" href={`/journal?date=${entry.date}#entry-form`}>
                          Edit
                          <span className="sr-only">
                            {" "}
                            the entry for {formatShortDate(entry.date, true)}
                          </span>
                        </Link>
                        <button
                          type="button"
                          onClick={() => remove(entry)}
                          className="text-danger-700 font-semibold underline"
                        >
                          Delete
                          <span className="sr-only">
                            {" "}
                            the entry for {formatShortDate(entry.date, true)}
                          </span>
                        </button>
                      </div>
                    )}
                  </div>
                  <EntrySummary entry={entry} />
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function EntryEditor({
  date,
  entry,
  showSaving,
}: {
  date: IsoDate;
  entry: JournalEntryView | null;
  showSaving: (values: JournalEntryValues) => void;
}) {
  const form = useJournalForm({ date, entry, idPrefix: "full", showOptimistic: showSaving });
  return <JournalEntryForm date={date} editing={entry !== null} form={form} />;
}
