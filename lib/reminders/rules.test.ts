import { describe, expect, it } from "vitest";
import { localMoment, zonedInstant } from "./local-time";
import { DEFAULT_PLAN, type ReminderKind, type ReminderPlan } from "./plan";
import { dueReminders, inQuietHours, nextScheduled, type DayFacts } from "./rules";

const plan: ReminderPlan = {
  ...DEFAULT_PLAN,
  enabled: true,
  timeZone: "Europe/London",
  sessionDays: [1, 3, 5], // Monday, Wednesday, Friday
  windowStart: 17 * 60,
  windowEnd: 19 * 60,
  quietStart: 22 * 60,
  quietEnd: 7 * 60,
};
const active = { unsubscribed: false, deleted: false };
const nothing: DayFacts = {
  sessionLoggedToday: false,
  journalToday: false,
  sessionsInMilestoneWindow: 0,
  milestoneSent: false,
  sentToday: new Set(),
};
const sent = (...kinds: ReminderKind[]): DayFacts => ({ ...nothing, sentToday: new Set(kinds) });
/** The member's wall clock on `date` at "hh:mm". */
const at = (date: string, time: string, timeZone = plan.timeZone) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return localMoment(zonedInstant(date, h * 60 + m, timeZone), timeZone);
};
// 2 December 2026 is a Wednesday (a planned day); 3 December a Thursday (not planned).
const WED = "2026-12-02";
const THU = "2026-12-03";
const SUN = "2026-12-06";

describe("session nudge", () => {
  it("goes on a planned day once the window has closed with no session logged", () => {
    expect(dueReminders(plan, active, nothing, at(WED, "18:59"))).not.toContain("session_nudge");
    expect(dueReminders(plan, active, nothing, at(WED, "19:00"))).toContain("session_nudge");
  });

  it("does not go when a session is logged, or on a day that is not planned", () => {
    const logged = { ...nothing, sessionLoggedToday: true };
    expect(dueReminders(plan, active, logged, at(WED, "19:05"))).not.toContain("session_nudge");
    expect(dueReminders(plan, active, nothing, at(THU, "19:05"))).not.toContain("session_nudge");
  });

  it("goes once a day: a row for today means it was sent", () => {
    expect(dueReminders(plan, active, sent("session_nudge"), at(WED, "19:30"))).not.toContain(
      "session_nudge",
    );
  });

  it("is caught up later the same day after the planner was down", () => {
    expect(dueReminders(plan, active, nothing, at(WED, "20:45"))).toContain("session_nudge");
  });
});

describe("follow-up", () => {
  it("comes at most once, two hours after the window, only after the nudge and only if still nothing is logged", () => {
    expect(dueReminders(plan, active, nothing, at(WED, "21:00"))).not.toContain(
      "session_follow_up",
    );
    expect(dueReminders(plan, active, sent("session_nudge"), at(WED, "21:00"))).toContain(
      "session_follow_up",
    );
    expect(
      dueReminders(plan, active, sent("session_nudge", "session_follow_up"), at(WED, "21:30")),
    ).not.toContain("session_follow_up");
    const logged = { ...sent("session_nudge"), sessionLoggedToday: true };
    expect(dueReminders(plan, active, logged, at(WED, "21:00"))).not.toContain("session_follow_up");
  });

  it("never exists when the window closes so late that two hours later is tomorrow", () => {
    const late = { ...plan, windowEnd: 23 * 60, quietStart: 0, quietEnd: 0 };
    expect(dueReminders(late, active, sent("session_nudge"), at(WED, "23:59"))).not.toContain(
      "session_follow_up",
    );
  });
});

describe("journal nudge", () => {
  it("goes in the evening only when today has no entry", () => {
    expect(dueReminders(plan, active, nothing, at(THU, "19:59"))).not.toContain("journal_nudge");
    expect(dueReminders(plan, active, nothing, at(THU, "20:00"))).toContain("journal_nudge");
    expect(
      dueReminders(plan, active, { ...nothing, journalToday: true }, at(THU, "20:00")),
    ).not.toContain("journal_nudge");
  });

  it("counts an entry logged at 23:59 local as today's, whatever the UTC date", () => {
    // 23:59 in Los Angeles is 07:59 UTC the next day; the member's day is still Thursday.
    const la = { ...plan, timeZone: "America/Los_Angeles", quietStart: 0, quietEnd: 0 };
    const moment = at(THU, "23:59", la.timeZone);
    expect(moment.date).toBe(THU);
    expect(dueReminders(la, active, { ...nothing, journalToday: true }, moment)).not.toContain(
      "journal_nudge",
    );
    // Without the entry, 23:59 is still Thursday's evening: the nudge may still go.
    expect(dueReminders(la, active, nothing, moment)).toContain("journal_nudge");
    // One minute later it is Friday: Thursday's nudge is gone, Friday's not due until 20:00.
    const friday = localMoment(
      new Date(zonedInstant(THU, 23 * 60 + 59, la.timeZone).getTime() + 60_000),
      la.timeZone,
    );
    expect(friday.date).toBe("2026-12-04");
    expect(dueReminders(la, active, nothing, friday)).not.toContain("journal_nudge");
  });
});

describe("quiet hours", () => {
  it("wrap past midnight and can be switched off", () => {
    expect(inQuietHours(23 * 60, plan)).toBe(true);
    expect(inQuietHours(6 * 60 + 59, plan)).toBe(true);
    expect(inQuietHours(7 * 60, plan)).toBe(false);
    expect(inQuietHours(3 * 60, { quietStart: 0, quietEnd: 0 })).toBe(false);
    expect(inQuietHours(13 * 60, { quietStart: 12 * 60, quietEnd: 14 * 60 })).toBe(true);
  });

  it("hold everything back while they last", () => {
    const early = { ...plan, quietStart: 19 * 60 + 30, quietEnd: 7 * 60 };
    expect(dueReminders(early, active, nothing, at(WED, "19:10"))).toContain("session_nudge");
    expect(dueReminders(early, active, nothing, at(WED, "20:00"))).toEqual([]);
    expect(
      dueReminders(early, active, { ...nothing, sessionsInMilestoneWindow: 9 }, at(WED, "23:00")),
    ).toEqual([]);
  });

  it("make a message due inside them wait for their end, the same day", () => {
    const lunch = { ...plan, quietStart: 18 * 60 + 30, quietEnd: 19 * 60 + 30 };
    expect(dueReminders(lunch, active, nothing, at(WED, "19:10"))).toEqual([]);
    expect(dueReminders(lunch, active, nothing, at(WED, "19:30"))).toContain("session_nudge");
  });
});

describe("unsubscribe, deletion and the off switch", () => {
  it("stop every message", () => {
    const moment = at(SUN, "20:30");
    const all = { ...nothing, sessionsInMilestoneWindow: 7 };
    expect(dueReminders(plan, active, all, moment).length).toBeGreaterThan(0);
    expect(dueReminders(plan, { unsubscribed: true, deleted: false }, all, moment)).toEqual([]);
    expect(dueReminders(plan, { unsubscribed: false, deleted: true }, all, moment)).toEqual([]);
    expect(dueReminders({ ...plan, enabled: false }, active, all, moment)).toEqual([]);
    expect(nextScheduled(plan, { unsubscribed: true, deleted: false }, all, moment)).toBeNull();
  });

  it("leave out a kind the member switched off", () => {
    const noJournal = { ...plan, messages: { ...plan.messages, journal: false } };
    expect(dueReminders(noJournal, active, nothing, at(THU, "20:00"))).toEqual([]);
  });
});

describe("milestone", () => {
  it("goes at 6 sessions in 14 days, from 09:00, once", () => {
    const six = { ...nothing, sessionsInMilestoneWindow: 6 };
    expect(dueReminders(plan, active, six, at(THU, "08:59"))).not.toContain("milestone");
    expect(dueReminders(plan, active, six, at(THU, "09:00"))).toContain("milestone");
    expect(
      dueReminders(plan, active, { ...nothing, sessionsInMilestoneWindow: 5 }, at(THU, "12:00")),
    ).not.toContain("milestone");
    expect(
      dueReminders(plan, active, { ...six, milestoneSent: true }, at(THU, "12:00")),
    ).not.toContain("milestone");
  });
});

describe("weekly digest", () => {
  it("goes on Sunday at 18:00 and only then", () => {
    expect(dueReminders(plan, active, nothing, at(SUN, "17:59"))).not.toContain("weekly_digest");
    expect(dueReminders(plan, active, nothing, at(SUN, "18:00"))).toContain("weekly_digest");
    expect(dueReminders(plan, active, nothing, at(THU, "18:00"))).not.toContain("weekly_digest");
  });

  it("goes at 18:00 local on the Sunday the clocks change", () => {
    // New York falls back on Sunday 1 November 2026: 18:00 local is 23:00 UTC that day.
    const ny = { ...plan, timeZone: "America/New_York" };
    const justBefore = localMoment(new Date("2026-11-01T22:59:00Z"), ny.timeZone);
    const onTime = localMoment(new Date("2026-11-01T23:00:00Z"), ny.timeZone);
    expect(dueReminders(ny, active, nothing, justBefore)).not.toContain("weekly_digest");
    expect(dueReminders(ny, active, nothing, onTime)).toContain("weekly_digest");
  });
});

describe("next scheduled", () => {
  it("is today's session reminder when the window has not closed", () => {
    const next = nextScheduled(plan, active, nothing, at(WED, "10:00"));
    expect(next).toEqual({
      kind: "session_nudge",
      at: new Date("2026-12-02T19:00:00Z"),
      conditional: true,
    });
  });

  it("skips what is already logged or sent, and moves to the next day", () => {
    const done = { ...nothing, sessionLoggedToday: true, journalToday: true };
    expect(nextScheduled(plan, active, done, at(WED, "10:00"))?.kind).toBe("journal_nudge");
    const next = nextScheduled(
      plan,
      active,
      sent("session_nudge", "journal_nudge"),
      at(WED, "21:00"),
    );
    expect(next?.at.toISOString()).toBe("2026-12-03T20:00:00.000Z");
  });

  it("is the Sunday digest when nothing else is switched on", () => {
    const digestOnly = {
      ...plan,
      messages: { session: false, journal: false, digest: true, milestone: false },
    };
    const next = nextScheduled(digestOnly, active, nothing, at(WED, "10:00"));
    expect(next).toEqual({
      kind: "weekly_digest",
      at: new Date("2026-12-06T18:00:00Z"),
      conditional: false,
    });
  });

  it("keeps the local time across a daylight-saving change", () => {
    const ny = { ...plan, timeZone: "America/New_York", sessionDays: [7] as const };
    const saturday = localMoment(new Date("2026-10-31T16:00:00Z"), ny.timeZone);
    const next = nextScheduled(
      { ...ny, messages: { session: true, journal: false, digest: false, milestone: false } },
      active,
      nothing,
      saturday,
    );
    // Sunday 1 Nov, 19:00 EST = 00:00 UTC on 2 Nov (it would be 23:00 UTC in summer time).
    expect(next?.at.toISOString()).toBe("2026-11-02T00:00:00.000Z");
  });
});
