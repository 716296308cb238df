import type { JournalEntryView } from "@/db/queries/journal";
import type { JournalEntryValues } from "@/lib/journal/validation";

export type ListedEntry = JournalEntryView & { saving?: boolean };

export type EntryChange = { type: "save"; entry: ListedEntry } | { type: "delete"; id: string };

/** How a save or delete looks before the server answers: one entry per day, newest first. */
export function applyEntryChange(
  entries: readonly ListedEntry[],
  change: EntryChange,
): ListedEntry[] {
  if (change.type === "delete") return entries.filter((e) => e.id !== change.id);
  const { entry } = change;
  const others = entries.filter((e) => e.id !== entry.id && e.date !== entry.date);
  return [...others, entry].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export function previewEntry(values: JournalEntryValues, id: string): ListedEntry {
  return { ...values, activities: [...values.activities], id, saving: true };
}
