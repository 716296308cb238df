import type { JournalEntryView } from "@/db/queries/journal";
import type { IsoDate } from "@/lib/dates/iso-date";

/** What the journal form holds while someone types: strings, as inputs give them. */
export type JournalFormValues = {
  id: string;
  date: string;
  pain: string;
  worstPain: string;
  sleepHours: string;
  sleepQuality: string;
  stress: string;
  mood: string;
  activeMinutes: string;
  activities: { name: string; response: string }[];
  food: string;
  notes: string;
};

const text = (v: number | string | null | undefined) =>
  v === null || v === undefined ? "" : String(v);

/**
 * The form's starting values: what the server sent back after a failed submit (so nothing
 * typed is lost), else the saved entry, else a blank day.
 */
export function journalFormDefaults(
  date: IsoDate,
  entry: JournalEntryView | null,
  kept?: Record<string, string>,
): JournalFormValues {
  if (kept && Object.keys(kept).length > 0) {
    const activities: JournalFormValues["activities"] = [];
    for (
      let i = 0;
      kept[`activities.${i}.name`] !== undefined || kept[`activities.${i}.response`] !== undefined;
      i++
    ) {
      activities.push({
        name: kept[`activities.${i}.name`] ?? "",
        response: kept[`activities.${i}.response`] ?? "",
      });
    }
    return {
      id: kept.id ?? "",
      date: kept.date ?? date,
      pain: kept.pain ?? "",
      worstPain: kept.worstPain ?? "",
      sleepHours: kept.sleepHours ?? "",
      sleepQuality: kept.sleepQuality ?? "",
      stress: kept.stress ?? "",
      mood: kept.mood ?? "",
      activeMinutes: kept.activeMinutes ?? "",
      activities: activities.length ? activities : [{ name: "", response: "" }],
      food: kept.food ?? "",
      notes: kept.notes ?? "",
    };
  }
  return {
    id: entry?.id ?? "",
    date: entry?.date ?? date,
    pain: text(entry?.pain),
    worstPain: text(entry?.worstPain),
    sleepHours: text(entry?.sleepHours),
    sleepQuality: text(entry?.sleepQuality),
    stress: text(entry?.stress),
    mood: text(entry?.mood),
    activeMinutes: text(entry?.activeMinutes),
    // An empty row is always offered; the schema drops blank rows.
    activities: [
      ...(entry?.activities ?? []).map((a) => ({ name: a.name, response: a.response })),
      { name: "", response: "" },
    ],
    food: text(entry?.food),
    notes: text(entry?.notes),
  };
}
