import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFeed, FEED_WEEKS, plannedSessionDates } from "./calendar-feed";
import { DEFAULT_PLAN, type ReminderPlan } from "./plan";

const plan: ReminderPlan = {
  ...DEFAULT_PLAN,
  enabled: true,
  sessionDays: [1, 3, 5],
  windowStart: 18 * 60,
  windowEnd: 19 * 60,
  timeZone: "Europe/London",
};

function parse(feed: string) {
  const calendar = new ICAL.Component(ICAL.parse(feed) as unknown[]);
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar feed", () => {
  it("lists each planned day for the next weeks as an iCalendar event", () => {
    const feed = calendarFeed(plan, "2026-12-01", "https://lbpfix.example/program/session");
    expect(feed).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed).toContain("X-WR-CALNAME:LBPfix sessions");
    const events = parse(feed);
    expect(events).toHaveLength(FEED_WEEKS * 3);
    expect(events[0]?.summary).toBe("LBPfix session");
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe("2026-12-02T18:00:00.000Z");
    expect(events[0]?.endDate.toJSDate().toISOString()).toBe("2026-12-02T19:00:00.000Z");
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("keeps the local time across a daylight-saving change", () => {
    // London goes to summer time on 29 March 2026: 18:00 local moves from 18:00 to 17:00 UTC.
    const events = parse(calendarFeed(plan, "2026-03-23", "https://x.test/s"));
    const starts = events.map((e) => e.startDate.toJSDate().toISOString());
    expect(starts).toContain("2026-03-27T18:00:00.000Z");
    expect(starts).toContain("2026-03-30T17:00:00.000Z");
  });

  it("has no events when no day is planned", () => {
    expect(plannedSessionDates({ ...plan, sessionDays: [] }, "2026-12-01")).toEqual([]);
  });
});

describe("an empty calendar feed", () => {
  it("is still a valid calendar", () => {
    const feed = calendarFeed({ ...plan, sessionDays: [] }, "2026-12-01", "https://x.test/s");
    expect(parse(feed)).toEqual([]);
  });
});
