import { type Insight, entriesInWindow } from "./insight";
import { addDays, type IsoDate } from "./iso-date";
import { mean, round1 } from "./stats";
import type { JournalDay } from "./types";

/**
 * "No improvement in 4 weeks" (PRODUCT.md §5). Day 1 is today; the last 7 days (days 1–7:
 * today and the six before) are compared with days 22–28 (21 to 27 days ago), so the two
 * weeks sit at either end of exactly four weeks. Not lower means no improvement: pain that
 * is merely holding steady after a month is worth a clinician's eyes.
 */
export const NO_IMPROVEMENT_WINDOW_DAYS = 7;
/** The earlier week starts this many days before today. */
export const NO_IMPROVEMENT_LOOKBACK_DAYS = 27;
/** Three entries per week keeps one bad or good day from deciding the comparison. */
export const NO_IMPROVEMENT_MIN_DAYS_PER_WEEK = 3;
export const NO_IMPROVEMENT_MESSAGE = "No improvement in 4 weeks — consider seeing a clinician.";

export type WeekFigure = { from: IsoDate; to: IsoDate; days: number; meanPain: number };

export type NoImprovement = Insight<{
  recent: WeekFigure;
  earlier: WeekFigure;
  /** recent − earlier, rounded to one decimal: negative is better. */
  change: number;
  noImprovement: boolean;
  /** NO_IMPROVEMENT_MESSAGE when there is no improvement, otherwise null. */
  message: string | null;
}>;

type PainEntry = Pick<JournalDay, "date" | "pain">;

export function noImprovement(
  entries: readonly PainEntry[],
  options: { today: IsoDate },
): NoImprovement {
  const { today } = options;
  const recentFrom = addDays(today, -(NO_IMPROVEMENT_WINDOW_DAYS - 1));
  const earlierFrom = addDays(today, -NO_IMPROVEMENT_LOOKBACK_DAYS);
  const earlierTo = addDays(earlierFrom, NO_IMPROVEMENT_WINDOW_DAYS - 1);

  const usable = entriesInWindow(entries, { today, days: NO_IMPROVEMENT_LOOKBACK_DAYS + 1 });
  const recent = usable.filter((e) => e.date >= recentFrom).map((e) => e.pain);
  const earlier = usable.filter((e) => e.date <= earlierTo).map((e) => e.pain);
  const basedOnDays = recent.length + earlier.length;

  if (
    recent.length < NO_IMPROVEMENT_MIN_DAYS_PER_WEEK ||
    earlier.length < NO_IMPROVEMENT_MIN_DAYS_PER_WEEK
  ) {
    return {
      status: "insufficient",
      basedOnDays,
      needed: NO_IMPROVEMENT_MIN_DAYS_PER_WEEK,
      message: `Checking for improvement needs at least ${NO_IMPROVEMENT_MIN_DAYS_PER_WEEK} entries in the last 7 days and ${NO_IMPROVEMENT_MIN_DAYS_PER_WEEK} in the week four weeks ago (you have ${recent.length} and ${earlier.length}).`,
    };
  }

  const recentMean = mean(recent) ?? 0;
  const earlierMean = mean(earlier) ?? 0;
  // Decided on the unrounded means so rounding can't turn a small real drop into "no change".
  const none = !(recentMean < earlierMean);
  return {
    status: "ok",
    basedOnDays,
    recent: { from: recentFrom, to: today, days: recent.length, meanPain: round1(recentMean) },
    earlier: {
      from: earlierFrom,
      to: earlierTo,
      days: earlier.length,
      meanPain: round1(earlierMean),
    },
    change: round1(recentMean - earlierMean),
    noImprovement: none,
    message: none ? NO_IMPROVEMENT_MESSAGE : null,
  };
}
