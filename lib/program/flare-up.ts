import { dayNumber, fromDayNumber, isIsoDate, type IsoDate } from "@/lib/journal/iso-date";
import { median } from "@/lib/journal/stats";

/**
 * Flare-up detection (PRODUCT.md §4: worst pain ≥ 2 points above the member's baseline for
 * 3+ days).
 *
 * - Streak: consecutive calendar days, each with a journal entry, ending today, or yesterday
 *   when today has no entry yet (the member may not have logged today). A missing day ends
 *   a streak: we don't guess what an unlogged day was like.
 * - Baseline for a streak starting on day S: the median worst pain over the 28 days before S
 *   (S−28 to S−1), needing at least 7 entries there. The window stops before the streak so the
 *   flare-up cannot raise its own baseline; the median ignores a few odd days in the window.
 * - Flare-up: some streak start S, at least 3 days before the end, has a baseline and every day
 *   from S to the end has worst pain ≥ baseline + 2. The earliest such S is reported as `since`.
 * - No baseline: when nothing qualifies and a streak ending today would have fewer than 7
 *   entries in its window, the member simply hasn't enough history; we say so rather than
 *   guessing.
 * - Several entries on one date (which the journal prevents) count as that day's highest.
 */
export const FLARE_UP_RISE = 2;
export const FLARE_UP_MIN_DAYS = 3;
export const BASELINE_WINDOW_DAYS = 28;
export const BASELINE_MIN_DAYS = 7;

export type FlareUpEntry = { date: IsoDate; worstPain: number };

export type FlareUpInput = { entries: readonly FlareUpEntry[]; today: IsoDate };

export type FlareUpResult =
  | {
      status: "flare-up";
      since: IsoDate;
      days: number;
      baseline: number;
      /** Worst pain at or above this counts as a flare-up day. */
      threshold: number;
      reason: string;
    }
  | { status: "none"; baseline: number; threshold: number; reason: string }
  | { status: "no-baseline"; basedOnDays: number; needed: number; reason: string };

export function detectFlareUp(input: FlareUpInput): FlareUpResult {
  const today = dayNumber(input.today);
  const worstByDay = new Map<number, number>();
  for (const entry of input.entries) {
    if (!isIsoDate(entry.date)) continue;
    const day = dayNumber(entry.date);
    if (day > today) continue;
    worstByDay.set(day, Math.max(entry.worstPain, worstByDay.get(day) ?? -Infinity));
  }

  const end = worstByDay.has(today) ? today : worstByDay.has(today - 1) ? today - 1 : null;
  if (end !== null) {
    let runStart = end;
    while (worstByDay.has(runStart - 1)) runStart--;
    for (let start = runStart; start <= end - FLARE_UP_MIN_DAYS + 1; start++) {
      const baseline = baselineBefore(worstByDay, start);
      if (baseline === null) continue;
      const threshold = baseline + FLARE_UP_RISE;
      if (allAtLeast(worstByDay, start, end, threshold)) {
        const days = end - start + 1;
        return {
          status: "flare-up",
          since: fromDayNumber(start),
          days,
          baseline,
          threshold,
          reason: `Your worst pain has been ${threshold} or more for ${days} days in a row, at least ${FLARE_UP_RISE} points above your usual ${baseline}. That suggests a flare-up: step back a phase and follow the flare-up plan for a few days.`,
        };
      }
    }
  }

  const latestStart = today - FLARE_UP_MIN_DAYS + 1;
  const baseline = baselineBefore(worstByDay, latestStart);
  if (baseline === null) {
    const basedOnDays = entriesInWindow(worstByDay, latestStart).length;
    return {
      status: "no-baseline",
      basedOnDays,
      needed: BASELINE_MIN_DAYS,
      reason: `Flare-up alerts need your usual level first: at least ${BASELINE_MIN_DAYS} journal entries in a 4-week stretch (you have ${basedOnDays}).`,
    };
  }
  return {
    status: "none",
    baseline,
    threshold: baseline + FLARE_UP_RISE,
    reason: `No flare-up: your worst pain hasn't stayed ${FLARE_UP_RISE} or more points above your usual ${baseline} for ${FLARE_UP_MIN_DAYS} days running.`,
  };
}

function entriesInWindow(worstByDay: ReadonlyMap<number, number>, start: number): number[] {
  const values: number[] = [];
  for (let day = start - BASELINE_WINDOW_DAYS; day < start; day++) {
    const worst = worstByDay.get(day);
    if (worst !== undefined) values.push(worst);
  }
  return values;
}

function baselineBefore(worstByDay: ReadonlyMap<number, number>, start: number): number | null {
  const values = entriesInWindow(worstByDay, start);
  return values.length >= BASELINE_MIN_DAYS ? median(values) : null;
}

function allAtLeast(
  worstByDay: ReadonlyMap<number, number>,
  from: number,
  to: number,
  threshold: number,
): boolean {
  for (let day = from; day <= to; day++) {
    if ((worstByDay.get(day) ?? -Infinity) < threshold) return false;
  }
  return true;
}
