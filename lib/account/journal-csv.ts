import type { JournalActivity } from "@/lib/journal/types";

// The journal as CSV (RFC 4180: comma-separated, CRLF lines, quotes doubled)
// for a spreadsheet or a clinician. Text a member typed is defused against
// formula injection: a cell starting with = + - @ or a control character is
// prefixed with an apostrophe, which spreadsheets show as plain text. So is every
// such character that starts a piece after a ; , tab or line break (optionally after
// spaces or a quote): a spreadsheet set to split on ";" or a parser that ends rows
// at a line break inside quotes would otherwise see a formula there (security F12).

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

function textCell(value: string | null): string {
  if (value === null || value === "") return "";
  // Linear: each alternative consumes at most a few characters before the formula character.
  const defused = value.replace(/(^|[;,\t\r\n][ \t]*["']?)([=+\-@\t\r])/g, "$1'$2");
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

function numberCell(value: number | null): string {
  return value === null ? "" : String(value);
}

export function journalToCsv(rows: JournalCsvRow[]): string {
  const lines = [JOURNAL_CSV_HEADER.join(",")];
  for (const r of rows) {
    lines.push(
      [
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
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
