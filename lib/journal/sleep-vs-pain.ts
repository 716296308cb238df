import {
  type GroupFigure,
  type Insight,
  type InsightWindow,
  entriesInWindow,
} from "./insight-types";
import { mean, round1 } from "./stats";
import type { JournalDay } from "./types";

/** The low end of the 7–8 hours the site recommends. */
export const GOOD_NIGHT_HOURS = 7;
/** Below five days a group's mean is mostly noise from one or two odd days. */
export const SLEEP_MIN_DAYS_PER_GROUP = 5;

export type SleepVsPain = Insight<{
  /** Days after nights of 7 hours or more. */
  longNights: GroupFigure;
  /** Days after nights under 7 hours. */
  shortNights: GroupFigure;
  /** Short-night mean minus long-night mean: positive when short nights come with more pain. */
  difference: number;
  summary: string;
}>;

type SleepEntry = Pick<JournalDay, "date" | "pain" | "sleepHours">;

/**
 * Pain on days after nights of ≥ 7 h vs < 7 h. An entry's sleepHours is the night that ended
 * that morning (see JournalDay), so each entry is compared with its own pain: no day shift.
 */
export function sleepVsPain(entries: readonly SleepEntry[], window: InsightWindow): SleepVsPain {
  const withSleep = entriesInWindow(entries, window).filter(
    (e): e is SleepEntry & { sleepHours: number } => e.sleepHours !== null,
  );
  const long = withSleep.filter((e) => e.sleepHours >= GOOD_NIGHT_HOURS).map((e) => e.pain);
  const short = withSleep.filter((e) => e.sleepHours < GOOD_NIGHT_HOURS).map((e) => e.pain);
  const basedOnDays = withSleep.length;

  if (long.length < SLEEP_MIN_DAYS_PER_GROUP || short.length < SLEEP_MIN_DAYS_PER_GROUP) {
    return {
      status: "insufficient",
      basedOnDays,
      needed: SLEEP_MIN_DAYS_PER_GROUP,
      message: `Comparing sleep with pain needs at least ${SLEEP_MIN_DAYS_PER_GROUP} days after nights of ${GOOD_NIGHT_HOURS} hours or more and ${SLEEP_MIN_DAYS_PER_GROUP} after shorter nights (you have ${long.length} and ${short.length}).`,
    };
  }

  const longNights = { days: long.length, meanPain: round1(mean(long) ?? 0) };
  const shortNights = { days: short.length, meanPain: round1(mean(short) ?? 0) };
  const difference = round1(shortNights.meanPain - longNights.meanPain);
  return {
    status: "ok",
    basedOnDays,
    longNights,
    shortNights,
    difference,
    summary: `After nights of ${GOOD_NIGHT_HOURS} hours or more your pain averaged ${longNights.meanPain} (${longNights.days} days); after shorter nights it averaged ${shortNights.meanPain} (${shortNights.days} days).`,
  };
}
