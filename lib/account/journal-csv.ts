import type { JournalActivity } from "@/lib/journal/types";
import { csvDocument, numberCell, textCell } from "./csv-cells";

// The journal as CSV for a spreadsheet or a clinician (cells and defusing: csv-cells.ts).

export type JournalCsvRow = {
  entryDate: string;
  pain: number;
  worstPain: number;
  sleepHours: number | null;
  sleepQuality: number | null;
  stress: number | null;
  mood: number | null;
  activeMinutes: number | null;
  activities: JournalActivity[];
  food: string | null;
  notes: string | null;
};

export const JOURNAL_CSV_HEADER = [
  "date",
  "pain",
  "worst_pain",
  "sleep_hours",
  "sleep_quality",
  "stress",
  "mood",
  "active_minutes",
  "activities",
  "food",
  "notes",
] as const;

export function journalToCsv(rows: JournalCsvRow[]): string {
  return csvDocument(
    JOURNAL_CSV_HEADER,
    rows.map((r) => [
      r.entryDate,
      numberCell(r.pain),
      numberCell(r.worstPain),
      numberCell(r.sleepHours),
      numberCell(r.sleepQuality),
      numberCell(r.stress),
      numberCell(r.mood),
      numberCell(r.activeMinutes),
      textCell(r.activities.map((a) => `${a.name} (${a.response})`).join("; ")),
      textCell(r.food),
      textCell(r.notes),
    ]),
  );
}
