import { entriesInWindow } from "./insight-types";
import { dayNumber, fromDayNumber, type IsoDate } from "@/lib/dates/iso-date";
import type { JournalDay } from "./types";

/**
 * Journal streaks. Never "insufficient": an empty journal has a streak of 0, which is an
 * honest answer and an invitation to start.
 */
export type Streaks = {
  status: "ok";
  basedOnDays: number;
  /**
   * Consecutive logged days ending today, or ending yesterday when today isn't logged yet (the
   * day isn't over, so the streak isn't broken until tomorrow).
   */
  current: number;
  currentSince: IsoDate | null;
  longest: number;
  loggedToday: boolean;
};

export function streaks(
  entries: readonly Pick<JournalDay, "date">[],
  options: { today: IsoDate },
): Streaks {
  const days = entriesInWindow(entries, { today: options.today }).map((e) => dayNumber(e.date));
  const today = dayNumber(options.today);
  const logged = new Set(days);

  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const day of days) {
    run = previous !== null && day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }

  const loggedToday = logged.has(today);
  const end = loggedToday ? today : logged.has(today - 1) ? today - 1 : null;
  let current = 0;
  if (end !== null) while (logged.has(end - current)) current++;

  return {
    status: "ok",
    basedOnDays: days.length,
    current,
    currentSince: end === null ? null : fromDayNumber(end - current + 1),
    longest,
    loggedToday,
  };
}
