import { addDays, isIsoDate, type IsoDate } from "@/lib/dates/iso-date";

/**
 * The shape every insight returns. An insight is shown only with enough data and always says
 * how much it rests on (docs/product.md §5), so "insufficient" is an ordinary answer, not an error.
 */
export type Insufficient = {
  status: "insufficient";
  /** Days of journal the insight could use. */
  basedOnDays: number;
  /** The minimum the insight needs (per group where it compares groups). */
  needed: number;
  /** What is missing, in words the page can show as they are. */
  message: string;
};

export type Insight<Figures extends object> =
  ({ status: "ok"; basedOnDays: number } & Figures) | Insufficient;

/** Days of journal ending on `today`; omit `days` to use the whole history up to today. */
export type InsightWindow = { today: IsoDate; days?: number };

export type GroupFigure = { days: number; meanPain: number };

/**
 * Entries a calculation may use: real dates within the window, one per date (the last one
 * given wins, should the caller ever pass two), oldest first. Dates after `today` are ignored
 * so a clock that is a day ahead can never put tomorrow into today's figures.
 */
export function entriesInWindow<E extends { date: IsoDate }>(
  entries: readonly E[],
  window: InsightWindow,
): E[] {
  const from = window.days === undefined ? null : addDays(window.today, -(window.days - 1));
  const byDate = new Map<IsoDate, E>();
  for (const entry of entries) {
    if (!isIsoDate(entry.date)) continue;
    if (entry.date > window.today) continue;
    if (from !== null && entry.date < from) continue;
    byDate.set(entry.date, entry);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function daysWord(n: number): string {
  return `${n} ${n === 1 ? "day" : "days"}`;
}
