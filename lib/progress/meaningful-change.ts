import { daysBetween, formatShortDate, type IsoDate } from "@/lib/dates/iso-date";
import { round1 } from "@/lib/journal/stats";

/**
 * Meaningful change on /progress (docs/product.md §9), always the member's FIRST reading
 * compared with their LATEST one. It needs at least two readings at least 14 days apart;
 * otherwise there is "too little data yet".
 *
 * - Pain and the weekly score (0–10, lower is better): a change of at least 2 points or at
 *   least 30 % of the first value is meaningful (the same minimal important change the
 *   journal's four-week check uses, Ostelo et al., Spine 2008).
 * - An activity rating (0–10, higher is better): a change of at least 2 points.
 *
 * The words describe; they never give a cause ("lower than on 3 Mar", never "because of …").
 */
export const MIN_SPAN_DAYS = 14;
export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_FRACTION = 0.3;

export type Reading = { date: IsoDate; value: number };

export type Change =
  | { status: "too-little-data" }
  | {
      status: "ok";
      first: Reading;
      latest: Reading;
      /** latest − first, one decimal. */
      change: number;
      meaningful: boolean;
    };

function firstAndLatest(readings: readonly Reading[]): [Reading, Reading] | null {
  if (readings.length < 2) return null;
  const sorted = [...readings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (!first || !latest || daysBetween(first.date, latest.date) < MIN_SPAN_DAYS) return null;
  return [first, latest];
}

/** Pain or the weekly score: ≥ 2 points or ≥ 30 % of the first value, either way. */
export function scoreChange(readings: readonly Reading[]): Change {
  const pair = firstAndLatest(readings);
  if (!pair) return { status: "too-little-data" };
  const [first, latest] = pair;
  const size = Math.abs(latest.value - first.value);
  const meaningful =
    size > 0 &&
    (size >= MEANINGFUL_POINTS || (first.value > 0 && size >= MEANINGFUL_FRACTION * first.value));
  return { status: "ok", first, latest, change: round1(latest.value - first.value), meaningful };
}

/** An activity rating: ≥ 2 points either way. */
export function activityChange(readings: readonly Reading[]): Change {
  const pair = firstAndLatest(readings);
  if (!pair) return { status: "too-little-data" };
  const [first, latest] = pair;
  const change = round1(latest.value - first.value);
  return { status: "ok", first, latest, change, meaningful: Math.abs(change) >= MEANINGFUL_POINTS };
}

const TOO_LITTLE =
  "Too little data yet: a comparison needs two check-ins at least two weeks apart.";

function points(n: number): string {
  const size = Math.abs(n);
  return `${size} ${size === 1 ? "point" : "points"}`;
}

function onDate(first: Reading, latest: Reading): string {
  return `on ${formatShortDate(first.date, first.date.slice(0, 4) !== latest.date.slice(0, 4))}`;
}

/**
 * A plain sentence about the weekly score or weekly pain. Lower is said as good news; a rise is
 * said kindly (any safety prompt comes from the four-week check, not from here).
 */
export function describeScoreChange(label: "weekly score" | "weekly pain", change: Change): string {
  if (change.status === "too-little-data") return TOO_LITTLE;
  const { first, latest } = change;
  const figures = `(${first.value} then, ${latest.value} now)`;
  const subject = `Your ${label}`;
  if (change.change === 0) return `${subject} is the same as ${onDate(first, latest)} ${figures}.`;
  const direction = change.change < 0 ? "lower" : "higher";
  const sentence = `${subject} is ${points(change.change)} ${direction} than ${onDate(first, latest)} ${figures}.`;
  if (!change.meaningful) return `${sentence} That is within the usual ups and downs.`;
  return change.change < 0
    ? `${sentence} That is a meaningful change: good news.`
    : `${sentence} That is a meaningful rise. Ups and downs are common, and a harder stretch does not mean harm.`;
}

/** A plain sentence about one activity (higher is better). */
export function describeActivityChange(name: string, change: Change): string {
  if (change.status === "too-little-data")
    return `${name}: too little data yet (two ratings at least two weeks apart are needed).`;
  const { first, latest } = change;
  const figures = `(${first.value} then, ${latest.value} now)`;
  if (change.change === 0) return `${name}: the same as ${onDate(first, latest)} ${figures}.`;
  const direction = change.change > 0 ? "higher" : "lower";
  const sentence = `${name}: ${points(change.change)} ${direction} than ${onDate(first, latest)} ${figures}.`;
  if (!change.meaningful) return `${sentence} A small change.`;
  return change.change > 0
    ? `${sentence} A meaningful change: good news.`
    : `${sentence} A meaningful drop; some weeks are harder, and it can come back.`;
}
