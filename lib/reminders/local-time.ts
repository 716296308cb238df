import { addDays, dayNumber, type IsoDate } from "@/lib/dates/iso-date";

// A member's reminders run on their own clock: "today", "18:00" and "Sunday" are read in
// their IANA time zone with Intl, never in the server's. Intl knows each zone's
// daylight-saving rules, so a day that is 23 or 25 hours long still has one 18:00.

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A member's wall clock at one instant: their date, minutes since their midnight, weekday. */
export type LocalMoment = { date: IsoDate; minutes: number; weekday: Weekday };

export const MINUTES_PER_DAY = 24 * 60;

// One formatter per zone: building one costs far more than using it, and the planner reads
// the clock of 100,000 members. Bounded, so hostile zone names cannot grow it.
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTER_LIMIT = 1_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    if (formatters.size >= FORMATTER_LIMIT) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name Intl knows ("Europe/London", "UTC"); false for anything else. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** ISO weekday of a calendar date (1970-01-01 was a Thursday). */
export function weekdayOf(date: IsoDate): Weekday {
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

type WallClock = { y: number; mo: number; d: number; h: number; mi: number; s: number };

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    y: parts.year ?? 1970,
    mo: parts.month ?? 1,
    d: parts.day ?? 1,
    h: parts.hour ?? 0,
    mi: parts.minute ?? 0,
    s: parts.second ?? 0,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The member's date, time of day and weekday at `instant`. */
export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const c = wallClock(instant, timeZone);
  const date = `${String(c.y).padStart(4, "0")}-${pad(c.mo)}-${pad(c.d)}`;
  return { date, minutes: c.h * 60 + c.mi, weekday: weekdayOf(date) };
}

/** How far the zone's clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const c = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(c.y, c.mo - 1, c.d, c.h, c.mi, c.s);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant the member's clock reads `minutes` after midnight on `date`. A time the clocks
 * skip (02:30 on a spring-forward night) comes out as the same distance after the jump; a time
 * that happens twice (autumn) is its first occurrence.
 */
export function zonedInstant(date: IsoDate, minutes: number, timeZone: string): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, 0, minutes);
  // Two passes settle it: the offset at the first guess may be the other side of a change.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (first === second) return new Date(first);
  // Inside a change: take the earlier reading that shows the asked time, else the later one.
  const earlier = Math.min(first, second);
  return new Date(
    localMoment(new Date(earlier), timeZone).minutes === minutes % MINUTES_PER_DAY
      ? earlier
      : Math.max(first, second),
  );
}

/** The Monday of the ISO week holding `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, 1 - weekdayOf(date));
}

/** "18:00" for 1080 minutes. */
export function clockText(minutes: number): string {
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}
