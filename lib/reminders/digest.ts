import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import type { Weekday } from "./local-time";
import { WEEKDAY_NAMES } from "./plan";

// The weekly digest's content (docs/product.md §10): sessions done against planned, one
// insight that says how many days it rests on, and next week's focus. Pure and plain-spoken:
// a quiet week is reported, never scolded.

/** An insight needs this many logged days in each week it compares. */
export const DIGEST_INSIGHT_MIN_DAYS = 3;

export type WeeklyDigest = {
  done: number;
  planned: number;
  insight: { text: string; days: number } | null;
  focus: string;
};

function average(values: readonly number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function listDays(days: readonly Weekday[]): string {
  const names = [...days].sort((a, b) => a - b).map((d) => WEEKDAY_NAMES[d]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function weeklyDigest({
  weekStart,
  sessionDays,
  sessionDates,
  pain,
}: {
  /** Monday of the week the digest looks back on. */
  weekStart: IsoDate;
  sessionDays: readonly Weekday[];
  /** Dates of the member's sessions (any range; only this week's count). */
  sessionDates: readonly IsoDate[];
  /** Journal pain by date, covering this week and the week before. */
  pain: readonly { date: IsoDate; pain: number }[];
}): WeeklyDigest {
  const weekEnd = addDays(weekStart, 6);
  const previousStart = addDays(weekStart, -7);
  const done = sessionDates.filter((d) => d >= weekStart && d <= weekEnd).length;
  const planned = sessionDays.length;
  const thisWeek = pain.filter((p) => p.date >= weekStart && p.date <= weekEnd).map((p) => p.pain);
  const lastWeek = pain
    .filter((p) => p.date >= previousStart && p.date < weekStart)
    .map((p) => p.pain);

  let insight: WeeklyDigest["insight"] = null;
  if (thisWeek.length >= DIGEST_INSIGHT_MIN_DAYS) {
    const now = average(thisWeek);
    const days = thisWeek.length;
    let text = `Your average pain this week was ${now} out of 10, from the ${days} days you logged.`;
    if (lastWeek.length >= DIGEST_INSIGHT_MIN_DAYS) {
      const before = average(lastWeek);
      const change =
        now < before
          ? `down from ${before} the week before`
          : now > before
            ? `up from ${before} the week before`
            : "the same as the week before";
      text = `Your average pain this week was ${now} out of 10 (${days} days logged), ${change} (${lastWeek.length} days logged).`;
    }
    insight = {
      text,
      days: days + (lastWeek.length >= DIGEST_INSIGHT_MIN_DAYS ? lastWeek.length : 0),
    };
  }

  const focus =
    planned === 0
      ? "Next week: no session days are planned. Choose some in your reminder plan when you are ready."
      : `Next week: ${planned} session${planned === 1 ? "" : "s"} planned, on ${listDays(sessionDays)}.${
          done >= planned
            ? " You kept to your plan this week; the same rhythm is a good next step."
            : " Any movement counts, and a short session on a busy day still helps."
        }`;
  return { done, planned, insight, focus };
}
