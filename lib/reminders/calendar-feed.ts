import { createEvents, type EventAttributes } from "ics";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import { weekdayOf, zonedInstant } from "./local-time";
import type { ReminderPlan } from "./plan";

// The private calendar feed (docs/product.md §10): the member's planned session days as
// iCalendar (RFC 5545) events, built by the `ics` library. Each event is written in UTC,
// computed from the member's own zone, so every calendar (Google, Apple, Outlook) shows it at
// the planned local time on both sides of a daylight-saving change, with no VTIMEZONE to
// interpret. UIDs are stable per day, so a calendar that refreshes updates instead of
// duplicating.

/** How far ahead the feed reaches; calendars refresh it, so it rolls forward. */
export const FEED_WEEKS = 8;

function utcArray(instant: Date): [number, number, number, number, number] {
  return [
    instant.getUTCFullYear(),
    instant.getUTCMonth() + 1,
    instant.getUTCDate(),
    instant.getUTCHours(),
    instant.getUTCMinutes(),
  ];
}

/** The planned session days from `today` for FEED_WEEKS weeks. */
export function plannedSessionDates(plan: ReminderPlan, today: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let offset = 0; offset < FEED_WEEKS * 7; offset += 1) {
    const date = addDays(today, offset);
    if (plan.sessionDays.includes(weekdayOf(date))) dates.push(date);
  }
  return dates;
}

export function calendarFeed(plan: ReminderPlan, today: IsoDate, sessionUrl: string): string {
  const events: EventAttributes[] = plannedSessionDates(plan, today).map((date) => ({
    uid: `${date}-session@lbpfix`,
    title: "LBPfix session",
    description: `Your planned session. Start it here: ${sessionUrl}`,
    url: sessionUrl,
    start: utcArray(zonedInstant(date, plan.windowStart, plan.timeZone)),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcArray(zonedInstant(date, plan.windowEnd, plan.timeZone)),
    endInputType: "utc",
    endOutputType: "utc",
    status: "CONFIRMED",
    classification: "PRIVATE",
  }));
  const { error, value } = createEvents(events, {
    productId: "lbpfix/reminders",
    method: "PUBLISH",
    calName: "LBPfix sessions",
  });
  if (error || !value) throw error ?? new Error("calendar feed was not built");
  return value;
}
