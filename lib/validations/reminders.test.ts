import { describe, expect, it } from "vitest";
import { ReminderPlanSchema, REMINDER_MESSAGES } from "./reminders";

const form = {
  enabled: "on",
  sessionDays: ["5", "1", "3", "3"],
  windowStart: "17:00",
  windowEnd: "19:30",
  timeZone: "Europe/London",
  quietStart: "22:00",
  quietEnd: "07:00",
  session: "on",
  digest: "on",
};

describe("the reminder plan form", () => {
  it("reads times as minutes, days in order once each, and missing checkboxes as off", () => {
    expect(ReminderPlanSchema.parse(form)).toEqual({
      enabled: true,
      sessionDays: [1, 3, 5],
      windowStart: 1020,
      windowEnd: 1170,
      timeZone: "Europe/London",
      quietStart: 1320,
      quietEnd: 420,
      messages: { session: true, journal: false, digest: true, milestone: false },
    });
    expect(ReminderPlanSchema.parse({ ...form, sessionDays: "7" }).sessionDays).toEqual([7]);
    expect(ReminderPlanSchema.parse({ ...form, sessionDays: undefined }).sessionDays).toEqual([]);
  });

  it("says which field is wrong and why", () => {
    const errors = (input: Record<string, unknown>) =>
      ReminderPlanSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(errors({ ...form, windowEnd: "16:00" })).toEqual([
      ["windowEnd", REMINDER_MESSAGES.window],
    ]);
    expect(errors({ ...form, windowStart: "25:00" })).toEqual([
      ["windowStart", REMINDER_MESSAGES.time],
    ]);
    expect(errors({ ...form, timeZone: "Nowhere/City" })).toEqual([
      ["timeZone", REMINDER_MESSAGES.timeZone],
    ]);
    expect(errors({ ...form, sessionDays: ["8"] })).toEqual([
      ["sessionDays.0", REMINDER_MESSAGES.days],
    ]);
  });

  it("refuses huge input unread", () => {
    const started = performance.now();
    expect(ReminderPlanSchema.safeParse({ ...form, timeZone: "a".repeat(1_000_000) }).success).toBe(
      false,
    );
    expect(
      ReminderPlanSchema.safeParse({
        ...form,
        sessionDays: Array.from({ length: 50_000 }, () => "1"),
      }).success,
    ).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("the reminder plan form's checkboxes", () => {
  it("accept a ticked box or none, and refuse anything else", () => {
    expect(
      ReminderPlanSchema.safeParse({ ...form, enabled: "yes please" }).error?.issues[0]?.message,
    ).toBe(REMINDER_MESSAGES.checkbox);
    expect(ReminderPlanSchema.parse({ ...form, enabled: undefined }).enabled).toBe(false);
  });
});
