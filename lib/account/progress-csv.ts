import { textCell } from "./csv-cells";
import { weeklyScore } from "@/lib/progress/check-in";

// Progress as CSV (docs/product.md §9), the same RFC 4180 shape and formula defusing as the
// journal's: one row per weekly check-in, then one per activity rating. The activity name is
// the only text a member typed.

export type CheckInCsvRow = {
  weekStart: string;
  checkedOn: string;
  pain: number;
  enjoyment: number;
  activity: number;
};

export type ActivityRatingCsvRow = {
  ratedOn: string;
  name: string;
  archived: boolean;
  rating: number;
};

export const PROGRESS_CSV_HEADER = [
  "record",
  "date",
  "week_start",
  "pain",
  "enjoyment_interference",
  "activity_interference",
  "weekly_score",
  "activity_name",
  "activity_archived",
  "activity_rating",
] as const;

export function progressToCsv({
  checkIns,
  ratings,
}: {
  checkIns: readonly CheckInCsvRow[];
  ratings: readonly ActivityRatingCsvRow[];
}): string {
  const lines = [PROGRESS_CSV_HEADER.join(",")];
  for (const c of checkIns) {
    lines.push(
      [
        "weekly_check_in",
        c.checkedOn,
        c.weekStart,
        c.pain,
        c.enjoyment,
        c.activity,
        weeklyScore(c),
        "",
        "",
        "",
      ].join(","),
    );
  }
  for (const r of ratings) {
    lines.push(
      [
        "activity_rating",
        r.ratedOn,
        "",
        "",
        "",
        "",
        "",
        textCell(r.name),
        r.archived ? "yes" : "no",
        r.rating,
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
