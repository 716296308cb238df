import { type Insight, entriesInWindow } from "./insight-types";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import { mean, round1 } from "./stats";
import type { JournalDay } from "./types";

/**
 * The four-week check (docs/product.md §5). Day 1 is today; the last 7 days (today and the six
 * before) are compared with days 22–28 (21 to 27 days ago), so the two weeks sit at either end of
 * exactly four weeks.
 *
 * A fall counts as real only at the minimal important change for a 0–10 pain scale: at least
 * 2 points or at least 30 % (Ostelo et al., Spine 2008). Smaller movements are noise or natural
 * ups and downs, so they never earn praise and never hide the prompt. The prompt to see a
 * clinician needs pain worth acting on: recent average ≥ 3, or a worst day ≥ 4; a member at
 * 0–2 is told their pain has stayed low, never to see someone about it.
 */
export const FOUR_WEEK_WINDOW_DAYS = 7;
/** The earlier week starts this many days before today. */
export const FOUR_WEEK_LOOKBACK_DAYS = 27;
/** Three entries per week keeps one bad or good day from deciding the comparison. */
export const FOUR_WEEK_MIN_DAYS_PER_WEEK = 3;
/** Minimal important change: a fall of this many points, or of this fraction, is real. */
export const MEANINGFUL_FALL_POINTS = 2;
export const MEANINGFUL_FALL_FRACTION = 0.3;
/** Below both floors pain is low: it never prompts a clinician. */
export const PROMPT_FLOOR_MEAN = 3;
export const PROMPT_FLOOR_WORST = 4;
/** A rise of at least this much (recent average over the earlier one) is "pain rose". */
export const ROSE_POINTS = 1;

export type WeekFigure = { from: IsoDate; to: IsoDate; days: number; meanPain: number };

/**
 * - `improved`: a meaningful fall; the page says by how much, never that anything "worked".
 * - `low`: pain below the floors and no meaningful fall; said kindly, no prompt.
 * - `rose`: pain worth acting on, a point or more higher; the stronger prompt.
 * - `noMeaningfulImprovement`: pain worth acting on that has not fallen meaningfully.
 */
export type FourWeekVerdict = "improved" | "low" | "rose" | "noMeaningfulImprovement";

/** A weekly check-in as the check reads it: the day it was saved and its score (0–10). */
export type CheckInScore = { date: IsoDate; score: number };

export type WeeklyScoreFigure = { earlier: number; recent: number; change: number };

export type FourWeekCheck = Insight<{
  recent: WeekFigure;
  earlier: WeekFigure;
  /** Worst pain on any day of the recent week. */
  recentWorst: number;
  /** recent − earlier, rounded to one decimal: negative is better. */
  change: number;
  verdict: FourWeekVerdict;
  /** The weekly check-in scores at either end, when the member checked in in both weeks. */
  weeklyScore: WeeklyScoreFigure | null;
}>;

type PainEntry = Pick<JournalDay, "date" | "pain" | "worstPain">;

export function isMeaningfulFall(earlierMean: number, recentMean: number): boolean {
  const fall = earlierMean - recentMean;
  if (fall <= 0) return false;
  return fall >= MEANINGFUL_FALL_POINTS || fall >= MEANINGFUL_FALL_FRACTION * earlierMean;
}

export function fourWeekVerdict(figures: {
  earlierMean: number;
  recentMean: number;
  recentWorst: number;
}): FourWeekVerdict {
  const { earlierMean, recentMean, recentWorst } = figures;
  if (isMeaningfulFall(earlierMean, recentMean)) return "improved";
  const worthActingOn = recentMean >= PROMPT_FLOOR_MEAN || recentWorst >= PROMPT_FLOOR_WORST;
  if (!worthActingOn) return "low";
  return recentMean - earlierMean >= ROSE_POINTS ? "rose" : "noMeaningfulImprovement";
}

/** The latest check-in saved within [from, to], or null. */
function latestIn(checkIns: readonly CheckInScore[], from: IsoDate, to: IsoDate) {
  let found: CheckInScore | null = null;
  for (const c of checkIns)
    if (c.date >= from && c.date <= to && (!found || c.date > found.date)) found = c;
  return found;
}

/**
 * The weekly score as an extra signal (docs/product.md §9): it uses the same thresholds as pain,
 * with the recent score standing in for the worst day. It can only add the gentle prompt, never
 * remove one: when daily pain has stayed low but the weekly score (pain, and how much it gets in
 * the way of life and activity) is worth acting on and has not fallen meaningfully, the verdict
 * "low" becomes "noMeaningfulImprovement".
 */
function withWeeklyScore(verdict: FourWeekVerdict, weekly: WeeklyScoreFigure | null) {
  if (!weekly || verdict !== "low") return verdict;
  const fromScores = fourWeekVerdict({
    earlierMean: weekly.earlier,
    recentMean: weekly.recent,
    recentWorst: weekly.recent,
  });
  return promptsFor(fromScores) ? "noMeaningfulImprovement" : verdict;
}

function promptsFor(verdict: FourWeekVerdict): boolean {
  return verdict === "rose" || verdict === "noMeaningfulImprovement";
}

export function fourWeekCheck(
  entries: readonly PainEntry[],
  options: { today: IsoDate; checkIns?: readonly CheckInScore[] },
): FourWeekCheck {
  const { today, checkIns = [] } = options;
  const recentFrom = addDays(today, -(FOUR_WEEK_WINDOW_DAYS - 1));
  const earlierFrom = addDays(today, -FOUR_WEEK_LOOKBACK_DAYS);
  const earlierTo = addDays(earlierFrom, FOUR_WEEK_WINDOW_DAYS - 1);

  const usable = entriesInWindow(entries, { today, days: FOUR_WEEK_LOOKBACK_DAYS + 1 });
  const recent = usable.filter((e) => e.date >= recentFrom);
  const earlier = usable.filter((e) => e.date <= earlierTo);
  const basedOnDays = recent.length + earlier.length;

  if (recent.length < FOUR_WEEK_MIN_DAYS_PER_WEEK || earlier.length < FOUR_WEEK_MIN_DAYS_PER_WEEK) {
    return {
      status: "insufficient",
      basedOnDays,
      needed: FOUR_WEEK_MIN_DAYS_PER_WEEK,
      message: `Comparing with four weeks ago needs at least ${FOUR_WEEK_MIN_DAYS_PER_WEEK} entries in the last 7 days and ${FOUR_WEEK_MIN_DAYS_PER_WEEK} in the week four weeks ago (you have ${recent.length} and ${earlier.length}).`,
    };
  }

  // Decided on the unrounded means so rounding can't move a case across a threshold.
  const recentMean = mean(recent.map((e) => e.pain)) ?? 0;
  const earlierMean = mean(earlier.map((e) => e.pain)) ?? 0;
  const recentWorst = Math.max(...recent.map((e) => e.worstPain));
  const recentCheckIn = latestIn(checkIns, recentFrom, today);
  const earlierCheckIn = latestIn(checkIns, earlierFrom, earlierTo);
  const weeklyScore =
    recentCheckIn && earlierCheckIn
      ? {
          earlier: earlierCheckIn.score,
          recent: recentCheckIn.score,
          change: round1(recentCheckIn.score - earlierCheckIn.score),
        }
      : null;
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
    recentWorst,
    change: round1(recentMean - earlierMean),
    verdict: withWeeklyScore(
      fourWeekVerdict({ earlierMean, recentMean, recentWorst }),
      weeklyScore,
    ),
    weeklyScore,
  };
}
