import "server-only";
import { getJournalDays } from "@/db/queries/journal";
import { getProgressSummary } from "@/db/queries/progress";
import {
  activeVsRest,
  activitiesTable,
  FOUR_WEEK_LOOKBACK_DAYS,
  fourWeekCheck,
  PAIN_AVERAGE_DAYS,
  PAIN_TREND_RANGES,
  painTrend,
  sleepVsPain,
  stressVsPain,
  type PainTrendRange,
} from "@/lib/journal/insights";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";

export function parseRange(value: string | string[] | undefined): PainTrendRange {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return PAIN_TREND_RANGES.find((r) => r === n) ?? 30;
}

/**
 * Every insight for one range, from two parallel queries: the weekly check-ins the four-week
 * check also reads, and the days in the range, plus the week before it that the first 7-day averages lean on (and the four weeks the four-week
 * check compares, which the shortest range already covers).
 */
export async function loadInsights({
  userId,
  today,
  range,
}: {
  userId: string;
  today: IsoDate;
  range: PainTrendRange;
}) {
  const lookback = Math.max(range + PAIN_AVERAGE_DAYS - 1, FOUR_WEEK_LOOKBACK_DAYS + 1);
  const [entries, progress] = await Promise.all([
    getJournalDays({ userId, from: addDays(today, -lookback), to: today }),
    getProgressSummary({ userId, from: addDays(today, -FOUR_WEEK_LOOKBACK_DAYS) }),
  ]);
  const window = { today, days: range };
  return {
    range,
    today,
    trend: painTrend(entries, { days: range, today }),
    sleep: sleepVsPain(entries, window),
    activity: activeVsRest(entries, window),
    stress: stressVsPain(entries, window),
    activities: activitiesTable(entries, window),
    improvement: fourWeekCheck(entries, { today, checkIns: progress.recentCheckIns }),
  };
}
