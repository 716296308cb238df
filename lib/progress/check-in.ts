import { addDays, dayNumber, daysBetween, type IsoDate } from "@/lib/dates/iso-date";
import { round1 } from "@/lib/journal/stats";

/**
 * The weekly check-in (docs/product.md §9): three 0–10 ratings on the PEG construct (Krebs EE
 * et al., J Gen Intern Med 2009;24(6):733–8): average pain in the past week, how much pain got
 * in the way of enjoying life, and of general activity. The score is their mean, to one decimal.
 * One check-in per member per ISO week (Monday to Sunday).
 */
export type CheckInRatings = { pain: number; enjoyment: number; activity: number };

/** A week's score: the mean of the three ratings, one decimal. */
export function weeklyScore({ pain, enjoyment, activity }: CheckInRatings): number {
  return round1((pain + enjoyment + activity) / 3);
}

/** The Monday that starts the ISO week holding `date` (1970-01-01 was a Thursday). */
export function isoWeekStart(date: IsoDate): IsoDate {
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
  return addDays(date, -weekday);
}

/** The ISO week-numbering year and week (1–53) of a date: the week its Thursday falls in. */
export function isoWeekOf(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(isoWeekStart(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** A check-in is due a week after the last one, and always when there has never been one. */
export const CHECK_IN_DUE_DAYS = 7;

export function checkInDue({
  lastCheckedOn,
  today,
}: {
  lastCheckedOn: IsoDate | null;
  today: IsoDate;
}): boolean {
  return lastCheckedOn === null || daysBetween(lastCheckedOn, today) >= CHECK_IN_DUE_DAYS;
}
