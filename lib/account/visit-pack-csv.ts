import { csvDocument, numberCell, textCell } from "./csv-cells";

// The visit pack's saved notes as CSV (docs/product.md §9): one row (a member has at most one),
// or only the header when they never saved any. The three answers are text the member typed, so
// they go through the exports' formula defusing like every other typed cell.

export type VisitPackNotesCsvRow = {
  whatChanged: string | null;
  mainConcern: string | null;
  questions: string | null;
  rangeDays: number | null;
  rangeFrom: string | null;
  rangeTo: string | null;
  sections: readonly string[] | null;
  updatedAt: Date;
};

export const VISIT_PACK_CSV_HEADER = [
  "saved_at",
  "main_concern",
  "what_changed",
  "questions",
  "range_days",
  "range_from",
  "range_to",
  "sections",
] as const;

export function visitPackNotesToCsv(row: VisitPackNotesCsvRow | null): string {
  const rows = row
    ? [
        [
          row.updatedAt.toISOString(),
          textCell(row.mainConcern),
          textCell(row.whatChanged),
          textCell(row.questions),
          numberCell(row.rangeDays),
          row.rangeFrom ?? "",
          row.rangeTo ?? "",
          (row.sections ?? []).join(" "),
        ],
      ]
    : [];
  return csvDocument(VISIT_PACK_CSV_HEADER, rows);
}
