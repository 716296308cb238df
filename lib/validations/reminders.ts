import { z } from "zod";
import { isTimeZone, type Weekday } from "@/lib/reminders/local-time";
import type { ReminderPlan } from "@/lib/reminders/plan";
import { boundedList, shortString } from "./bounded-text";

/**
 * The reminder plan form (/settings/reminders, docs/product.md §10), shared by the page and its
 * server action. Times arrive as "HH:MM" from time inputs; checkboxes arrive as "on" or not at
 * all; session days as repeated "sessionDays" fields. Everything is measured before it is read.
 */

export const REMINDER_MESSAGES = {
  time: "Enter a time as HH:MM, for example 18:30",
  window: "The window must end after it starts, on the same day",
  timeZone: "Choose a time zone from the list",
  days: "Choose days from Monday to Sunday",
  checkbox: "Tick or untick this box",
} as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "18:30" → 1110 minutes after midnight. */
const time = shortString(8, REMINDER_MESSAGES.time)
  .regex(TIME, { error: REMINDER_MESSAGES.time })
  .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5)));

/** A ticked box sends "on"; an unticked one sends nothing. Anything else is refused. */
const checkbox = shortString(4, REMINDER_MESSAGES.checkbox)
  .refine((value) => value === "on" || value === "true", { error: REMINDER_MESSAGES.checkbox })
  .optional()
  .transform((value) => value !== undefined);

const weekday = shortString(1, REMINDER_MESSAGES.days)
  .regex(/^[1-7]$/, { error: REMINDER_MESSAGES.days })
  .transform((value) => Number(value) as Weekday);

const sessionDays = z.preprocess(
  (value) => (value === undefined ? [] : typeof value === "string" ? [value] : value),
  boundedList(weekday, { max: 7, message: REMINDER_MESSAGES.days }).transform((days) =>
    [...new Set(days)].sort((a, b) => a - b),
  ),
);

export const ReminderPlanSchema = z
  .object({
    enabled: checkbox,
    sessionDays,
    windowStart: time,
    windowEnd: time,
    timeZone: shortString(64, REMINDER_MESSAGES.timeZone).refine(isTimeZone, {
      error: REMINDER_MESSAGES.timeZone,
    }),
    quietStart: time,
    quietEnd: time,
    session: checkbox,
    journal: checkbox,
    digest: checkbox,
    milestone: checkbox,
  })
  .refine((v) => v.windowStart < v.windowEnd, {
    error: REMINDER_MESSAGES.window,
    path: ["windowEnd"],
    // Only once both times have been read: a bad time has its own message.
    when: ({ issues }) => issues.length === 0,
  })
  .transform((v): ReminderPlan => ({
    enabled: v.enabled,
    sessionDays: v.sessionDays,
    windowStart: v.windowStart,
    windowEnd: v.windowEnd,
    timeZone: v.timeZone,
    quietStart: v.quietStart,
    quietEnd: v.quietEnd,
    messages: {
      session: v.session,
      journal: v.journal,
      digest: v.digest,
      milestone: v.milestone,
    },
  }));
