import type { DoseRating } from "@/lib/program/dose-adaptation";
import { getExercise } from "@/lib/program/exercises";
import { csvDocument, numberCell, textCell } from "./csv-cells";

// The session log as CSV, for a spreadsheet or a clinician: one line per logged session, with
// the guided session's ratings (cells and defusing: csv-cells.ts). Exercises are named as the
// member saw them; an id the library no longer has is written as stored.

export type SessionCsvRow = {
  performedOn: string;
  phase: number;
  exerciseIds: string[];
  effort: number;
  painBefore: number;
  painAfter: number;
  ratings: Record<string, DoseRating> | null;
  notes: string | null;
};

export const SESSIONS_CSV_HEADER = [
  "date",
  "phase",
  "exercises",
  "effort",
  "pain_before",
  "pain_after",
  "ratings",
  "notes",
] as const;

const RATING_WORDS: Readonly<Record<DoseRating, string>> = {
  "too-easy": "too easy",
  "about-right": "about right",
  "too-hard": "too hard",
};

const nameOf = (id: string) => getExercise(id)?.name ?? id;

export function sessionsToCsv(rows: readonly SessionCsvRow[]): string {
  return csvDocument(
    SESSIONS_CSV_HEADER,
    rows.map((r) => [
      r.performedOn,
      numberCell(r.phase),
      textCell(r.exerciseIds.map(nameOf).join("; ")),
      numberCell(r.effort),
      numberCell(r.painBefore),
      numberCell(r.painAfter),
      textCell(
        Object.entries(r.ratings ?? {})
          .map(([id, rating]) => `${nameOf(id)}: ${RATING_WORDS[rating]}`)
          .join("; "),
      ),
      textCell(r.notes),
    ]),
  );
}
