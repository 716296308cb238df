import { type Insight, entriesInWindow } from "./insight-types";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import { mean, round1 } from "./stats";
import type { JournalDay } from "./types";

/** Fewer than three points make a dot, not a trend. */
export const PAIN_TREND_MIN_DAYS = 3;
export const PAIN_AVERAGE_DAYS = 7;
export const PAIN_TREND_RANGES = [30, 90, 365] as const;

export type PainTrendRange = (typeof PAIN_TREND_RANGES)[number];

export type PainTrendPoint = {
  date: IsoDate;
  /** Null on a day with no entry. */
  pain: number | null;
  worstPain: number | null;
  /**
   * Mean pain over the entries present in the 7 days ending on `date` (including days before
   * the chart's first day), so a skipped day narrows the average instead of counting as 0.
   * Null when none of those 7 days has an entry.
   */
  sevenDayAverage: number | null;
};

export type PainTrend = Insight<{
  from: IsoDate;
  to: IsoDate;
  /** One point per calendar day from `from` to `to`, with nulls for unlogged days. */
  points: readonly PainTrendPoint[];
}>;

type TrendEntry = Pick<JournalDay, "date" | "pain" | "worstPain">;

export function painTrend(
  entries: readonly TrendEntry[],
  options: { days: PainTrendRange; today: IsoDate },
): PainTrend {
  const { days, today } = options;
  const from = addDays(today, -(days - 1));
  // The first chart day's average looks back 6 days before `from`.
  const usable = entriesInWindow(entries, { today, days: days + PAIN_AVERAGE_DAYS - 1 });
  const byDate = new Map(usable.map((e) => [e.date, e]));
  const basedOnDays = usable.filter((e) => e.date >= from).length;

  if (basedOnDays < PAIN_TREND_MIN_DAYS) {
    return {
      status: "insufficient",
      basedOnDays,
      needed: PAIN_TREND_MIN_DAYS,
      message: `The pain chart needs at least ${PAIN_TREND_MIN_DAYS} entries in the last ${days} days (you have ${basedOnDays}).`,
    };
  }

  const points: PainTrendPoint[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const entry = byDate.get(date);
    const recent: number[] = [];
    for (let back = 0; back < PAIN_AVERAGE_DAYS; back++) {
      const e = byDate.get(addDays(date, -back));
      if (e) recent.push(e.pain);
    }
    const average = mean(recent);
    points.push({
      date,
      pain: entry?.pain ?? null,
      worstPain: entry?.worstPain ?? null,
      sevenDayAverage: average === null ? null : round1(average),
    });
  }
  return { status: "ok", basedOnDays, from, to: today, points };
}
