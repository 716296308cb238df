"use client";

import Link from "next/link";
import { useActionState, useOptimistic, useState, useTransition } from "react";
import { deleteJournalEntryAction } from "@/actions/journal";
import { useFormPermalink } from "@/components/forms/form-permalink";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
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
  /** This page's address (with its ?date and ?page): where "Keep it" returns without JavaScript. */
  pageHref: string;
};

/**
 * The journal's form and list, together because a save shows in the list at once
 * (useOptimistic) and settles into the server's copy when the page data refreshes.
 */
export function JournalBoard({ today, formDate, formEntry, entries, pageHref }: Props) {
  const [listed, change] = useOptimistic<ListedEntry[], Parameters<typeof applyEntryChange>[1]>(
    entries,
    applyEntryChange,
  );
  // A delete posted without JavaScript answers here; with it, `remove` answers in listState.
  const [deletedOnServer, deleteAction] = useActionState(
    deleteJournalEntryAction,
    idleState,
    useFormPermalink(),
  );
  const [listState, setListState] = useState<ActionState | null>(null);
  const [, startDelete] = useTransition();

  const heading =
    formDate === today
      ? formEntry
        ? "Today's entry"
        : "How is your back today?"
      : `${formEntry ? "Edit" : "Add"} your entry for ${formatShortDate(formDate, true)}`;

  function remove(confirmed: FormData) {
    const id = confirmed.get("id");
    if (typeof id !== "string") return;
    // Only the id: the confirmed form also carries React's no-JavaScript action fields.
    const formData = new FormData();
    formData.set("id", id);
    startDelete(async () => {
      change({ type: "delete", id });
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
          <FormAlert state={listState ?? deletedOnServer} />
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
                  <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                    <h3 id={`entry-${entry.id}`} className="font-semibold">
                      <time dateTime={entry.date}>
                        {entry.date === today ? "Today" : formatShortDate(entry.date, true)}
                      </time>
                    </h3>
                    {entry.saving ? (
                      <span className="text-muted text-sm">Saving…</span>
                    ) : (
                      <Link
                        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 font-medium underline"
                        href={`/journal?date=${entry.date}#entry-form`}
                      >
                        Edit
                        <span className="sr-only">
                          {" "}
                          the entry for {formatShortDate(entry.date, true)}
                        </span>
                      </Link>
                    )}
                  </div>
                  <EntrySummary entry={entry} />
                  {entry.saving ? null : (
                    // Apart from Edit, at the foot of the card: a slip of the thumb cannot reach it.
                    <div className="mt-3 border-t border-gray-200 pt-2">
                      <ConfirmDelete
                        what={`the entry for ${formatShortDate(entry.date, true)}`}
                        action={deleteAction}
                        fields={{ id: entry.id }}
                        confirmLabel="Delete entry"
                        keepHref={`${pageHref}#entry-${entry.id}`}
                        onConfirm={remove}
                      />
                    </div>
                  )}
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
