import { dayNumber, fromDayNumber, isIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import { median } from "@/lib/journal/stats";
import type { Phase } from "./types";

/**
 * Flare-up detection (docs/product.md §4).
 *
 * - A flare-up day is one whose worst pain is at least FLARE_UP_RISE above the member's usual
 *   (the "rise" rule) or at least FLARE_UP_SEVERE whatever the usual (the "severe" rule: with a
 *   high baseline the rise rule alone would need 10/10 days).
 * - A flare-up is FLARE_UP_MIN_DAYS flare-up days in any FLARE_UP_WINDOW_DAYS consecutive days,
 *   so one unlogged (or easier) day inside a run does not hide it. The last window must end
 *   today, or yesterday when today has no entry yet (the member may not have logged today).
 * - Usual level for a flare starting on day S: the median worst pain over the 28 days before S,
 *   from at least 7 entries. It stops before S so a flare-up cannot raise its own baseline; the
 *   median ignores a few odd days.
 * - `since` is the first flare-up day of the earliest start from which every 4-day window up to
 *   the end still holds 3 flare-up days.
 * - A member can also declare a flare-up; it lasts DECLARED_FLARE_DAYS unless they end it.
 * - Several entries on one date (which the journal prevents) count as that day's highest.
 */
export const FLARE_UP_RISE = 2;
export const FLARE_UP_SEVERE = 8;
export const FLARE_UP_WINDOW_DAYS = 4;
export const FLARE_UP_MIN_DAYS = 3;
export const BASELINE_WINDOW_DAYS = 28;
export const BASELINE_MIN_DAYS = 7;
export const DECLARED_FLARE_DAYS = 7;
/** How far back a flare-up's start is looked for. */
const MAX_FLARE_DAYS = 60;

export type FlareUpEntry = { date: IsoDate; worstPain: number };

export type FlareUpInput = {
  entries: readonly FlareUpEntry[];
  today: IsoDate;
  /** The day the member said "I'm having a flare", if they did and have not ended it. */
  declaredOn?: IsoDate | null;
};

export type FlareUpSource = "rise" | "severe" | "declared";

export type FlareUpResult =
  | {
      status: "flare-up";
      source: FlareUpSource;
      since: IsoDate;
      /** Flare-up days counted (for a declared flare: days since it was declared, inclusive). */
      days: number;
      /** The usual worst pain, when the rise rule found it. */
      baseline: number | null;
      /** Worst pain at or above this counts as a flare-up day (null for a declared flare). */
      threshold: number | null;
      reason: string;
    }
  | { status: "none"; baseline: number; threshold: number; reason: string }
  | { status: "no-baseline"; basedOnDays: number; needed: number; reason: string };

type Days = ReadonlyMap<number, number>;

export function detectFlareUp(input: FlareUpInput): FlareUpResult {
  const today = dayNumber(input.today);
  const worstByDay = new Map<number, number>();
  for (const entry of input.entries) {
    if (!isIsoDate(entry.date)) continue;
    const day = dayNumber(entry.date);
    if (day > today) continue;
    worstByDay.set(day, Math.max(entry.worstPain, worstByDay.get(day) ?? -Infinity));
  }
  const end = worstByDay.has(today) ? today : today - 1;

  const rise = earliestFlareStart(worstByDay, end, (start) => {
    const baseline = baselineBefore(worstByDay, start);
    return baseline === null ? null : baseline + FLARE_UP_RISE;
  });
  if (rise) {
    const baseline = rise.threshold - FLARE_UP_RISE;
    return {
      status: "flare-up",
      source: "rise",
      since: fromDayNumber(rise.since),
      days: rise.days,
      baseline,
      threshold: rise.threshold,
      reason: `Your worst pain has been ${rise.threshold} or more on ${rise.days} ${rise.days === 1 ? "day" : "days"} since ${fromDayNumber(rise.since)}, at least ${FLARE_UP_RISE} points above your usual ${baseline}. That suggests a flare-up.`,
    };
  }
  const severe = earliestFlareStart(worstByDay, end, () => FLARE_UP_SEVERE);
  if (severe) {
    return {
      status: "flare-up",
      source: "severe",
      since: fromDayNumber(severe.since),
      days: severe.days,
      baseline: null,
      threshold: FLARE_UP_SEVERE,
      reason: `Your worst pain has been ${FLARE_UP_SEVERE} or more on ${severe.days} days since ${fromDayNumber(severe.since)}. That suggests a flare-up.`,
    };
  }
  if (input.declaredOn && isIsoDate(input.declaredOn)) {
    const declared = dayNumber(input.declaredOn);
    const days = today - declared + 1;
    if (days >= 1 && days <= DECLARED_FLARE_DAYS) {
      return {
        status: "flare-up",
        source: "declared",
        since: input.declaredOn,
        days,
        baseline: null,
        threshold: null,
        reason: `You told us you're having a flare-up (${input.declaredOn}).`,
      };
    }
  }

  const latestStart = end - FLARE_UP_WINDOW_DAYS + 1;
  const baseline = baselineBefore(worstByDay, latestStart);
  if (baseline === null) {
    const basedOnDays = entriesBefore(worstByDay, latestStart).length;
    return {
      status: "no-baseline",
      basedOnDays,
      needed: BASELINE_MIN_DAYS,
      reason: `Flare-up alerts from your journal need your usual level first: at least ${BASELINE_MIN_DAYS} journal entries in a 4-week stretch (you have ${basedOnDays}). Until then, worst pain of ${FLARE_UP_SEVERE} or more on ${FLARE_UP_MIN_DAYS} of ${FLARE_UP_WINDOW_DAYS} days still counts, and you can tell us yourself.`,
    };
  }
  return {
    status: "none",
    baseline,
    threshold: baseline + FLARE_UP_RISE,
    reason: `No flare-up: your worst pain hasn't been ${FLARE_UP_RISE} or more points above your usual ${baseline} on ${FLARE_UP_MIN_DAYS} of the last ${FLARE_UP_WINDOW_DAYS} days.`,
  };
}

/**
 * The earliest start S (a flare-up day) such that every window from S to `end` holds enough
 * flare-up days at `thresholdFor(S)`; null when the window ending at `end` does not.
 */
function earliestFlareStart(
  worstByDay: Days,
  end: number,
  thresholdFor: (start: number) => number | null,
): { since: number; days: number; threshold: number } | null {
  for (let start = end - MAX_FLARE_DAYS; start <= end - FLARE_UP_MIN_DAYS + 1; start++) {
    const threshold = thresholdFor(start);
    if (threshold === null || !isFlareDay(worstByDay, start, threshold)) continue;
    if (windowsHold(worstByDay, start, end, threshold)) {
      let days = 0;
      for (let day = start; day <= end; day++) if (isFlareDay(worstByDay, day, threshold)) days++;
      return { since: start, days, threshold };
    }
  }
  return null;
}

function isFlareDay(worstByDay: Days, day: number, threshold: number): boolean {
  return (worstByDay.get(day) ?? -Infinity) >= threshold;
}

/** Every window of FLARE_UP_WINDOW_DAYS from `start` to `end` (or the one span, if shorter). */
function windowsHold(worstByDay: Days, start: number, end: number, threshold: number): boolean {
  const lastWindowStart = Math.max(start, end - FLARE_UP_WINDOW_DAYS + 1);
  for (let from = start; from <= lastWindowStart; from++) {
    const to = Math.min(end, from + FLARE_UP_WINDOW_DAYS - 1);
    let count = 0;
    for (let day = from; day <= to; day++) if (isFlareDay(worstByDay, day, threshold)) count++;
    if (count < FLARE_UP_MIN_DAYS) return false;
  }
  return true;
}

function entriesBefore(worstByDay: Days, start: number): number[] {
  const values: number[] = [];
  for (let day = start - BASELINE_WINDOW_DAYS; day < start; day++) {
    const worst = worstByDay.get(day);
    if (worst !== undefined) values.push(worst);
  }
  return values;
}

function baselineBefore(worstByDay: Days, start: number): number | null {
  const values = entriesBefore(worstByDay, start);
  return values.length >= BASELINE_MIN_DAYS ? median(values) : null;
}

/** What to do about a flare-up in this phase: phase 1 has nothing to step back to. */
export function flareUpAdvice(phase: Phase): string {
  return phase === 1
    ? "Stay in phase 1 and use the flare-up plan for a few days."
    : `Use the flare-up plan for a few days; stepping back to phase ${phase - 1} until it settles can help.`;
}
