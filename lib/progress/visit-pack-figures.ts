import { addDays, daysBetween, type IsoDate } from "@/lib/dates/iso-date";
import { mean, round1 } from "@/lib/journal/stats";
import { detectFlareUp, type FlareUpEntry, type FlareUpSource } from "@/lib/program/flare-up";

/**
 * The visit pack's own figures (docs/product.md §9), from data the rest of the app already
 * keeps: the flare-ups a range held, and the sessions done against the days the plan offered one.
 */

export type FlareEpisode = {
  /** First flare-up day, as the dashboard's detection dates it. */
  since: IsoDate;
  /** Last day it was still detected (the range's end when it is still going). */
  until: IsoDate;
  source: FlareUpSource;
};

/**
 * Every flare-up the journal shows in the range: the dashboard's detection (lib/program/
 * flare-up.ts) run as of each day, joining the days that date one flare-up from the same start.
 * `entries` should reach 90 days before `from`, for the baseline. A flare-up the member declared
 * is counted only while it is open (`declaredOn`), as the app keeps no history of them.
 */
export function flareEpisodes(
  entries: readonly FlareUpEntry[],
  { from, to, declaredOn = null }: { from: IsoDate; to: IsoDate; declaredOn?: IsoDate | null },
): FlareEpisode[] {
  const episodes: FlareEpisode[] = [];
  const worstOn = new Map(entries.map((e) => [e.date, e.worstPain]));
  const days = daysBetween(from, to);
  for (let i = 0; i <= days; i++) {
    const day = addDays(from, i);
    const result = detectFlareUp({
      entries,
      today: day,
      declaredOn: declaredOn && declaredOn <= day ? declaredOn : null,
    });
    if (result.status !== "flare-up") continue;
    // Detection holds for a day or two after the last hard day (3 of the last 4 days); the
    // flare-up itself ends on its last day at or above the threshold.
    const hard = result.threshold === null || (worstOn.get(day) ?? -1) >= result.threshold;
    const last = episodes.at(-1);
    if (last && (last.since === result.since || result.since <= last.until)) {
      if (hard) last.until = day;
      continue;
    }
    episodes.push({ since: result.since, until: hard ? day : result.since, source: result.source });
  }
  return episodes;
}

export type SessionDay = { date: IsoDate; painBefore: number; painAfter: number };

export type SessionsSummary = {
  done: number;
  /** Days in the range the member's plan offered a session (it offers one every day). */
  offeredDays: number;
  /** Sessions a week over the days a plan was offered, to one decimal. */
  perWeek: number;
  lastOn: IsoDate | null;
  meanPainBefore: number | null;
  meanPainAfter: number | null;
};

/**
 * Sessions done in the range against the days a plan offered one: from the later of the range's
 * start and the day the member started their plan. No plan means nothing was offered.
 */
export function sessionsSummary(
  sessions: readonly SessionDay[],
  { from, to, planStartedOn }: { from: IsoDate; to: IsoDate; planStartedOn: IsoDate | null },
): SessionsSummary {
  const inRange = sessions.filter((s) => s.date >= from && s.date <= to);
  const start = planStartedOn && planStartedOn > from ? planStartedOn : from;
  const offeredDays = planStartedOn === null || start > to ? 0 : daysBetween(start, to) + 1;
  const before = mean(inRange.map((s) => s.painBefore));
  const after = mean(inRange.map((s) => s.painAfter));
  return {
    done: inRange.length,
    offeredDays,
    perWeek: offeredDays === 0 ? 0 : round1((inRange.length * 7) / offeredDays),
    lastOn: inRange.reduce<IsoDate | null>((l, s) => (l === null || s.date > l ? s.date : l), null),
    meanPainBefore: before === null ? null : round1(before),
    meanPainAfter: after === null ? null : round1(after),
  };
}
