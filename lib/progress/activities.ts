import { daysBetween, type IsoDate } from "@/lib/dates/iso-date";

/**
 * "My activities" (docs/product.md §9, the PSFS construct): up to five everyday activities the
 * member names, each rated 0–10 for how well they can do it now, re-rated every 2–4 weeks.
 */
export const MAX_ACTIVE_ACTIVITIES = 5;
export const ACTIVITY_NAME_MAX = 80;
/** The re-rating card shows from two weeks after an activity's last rating. */
export const RERATE_AFTER_DAYS = 14;

/**
 * Due when any active activity was last rated 14 or more days ago. Archived activities count
 * toward nothing, so the caller passes active ones only; no activities means nothing to rate.
 */
export function activitiesDue({
  lastRatedOn,
  today,
}: {
  /** The latest rating date of each active activity. */
  lastRatedOn: readonly (IsoDate | null)[];
  today: IsoDate;
}): boolean {
  return lastRatedOn.some((d) => d === null || daysBetween(d, today) >= RERATE_AFTER_DAYS);
}
