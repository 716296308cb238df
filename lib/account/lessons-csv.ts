import { csvDocument, textCell } from "./csv-cells";
import { lessonById, lessonNumber } from "@/lib/learn/lessons";

// Course progress as CSV (docs/product.md §11), the same RFC 4180 shape as the other exports:
// one row per lesson done, in the order done. The title comes from the course; a lesson since
// retired from the course keeps its row, with no number or title.

export type LessonCsvRow = { lessonId: string; answeredCorrectly: boolean; completedAt: Date };

export const LESSONS_CSV_HEADER = [
  "completed_at",
  "lesson_number",
  "lesson_id",
  "lesson_title",
  "answered_correctly",
] as const;

export function lessonsToCsv(rows: readonly LessonCsvRow[]): string {
  return csvDocument(
    LESSONS_CSV_HEADER,
    rows.map((row) => {
      const lesson = lessonById(row.lessonId);
      return [
        row.completedAt.toISOString(),
        lesson ? String(lessonNumber(lesson)) : "",
        textCell(row.lessonId),
        textCell(lesson?.title ?? ""),
        row.answeredCorrectly ? "yes" : "no",
      ];
    }),
  );
}
