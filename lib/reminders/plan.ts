import type { IsoDate } from "@/lib/dates/iso-date";
import type { Weekday } from "./local-time";

// The reminder plan a member sets at /settings/reminders (docs/product.md §10), and the
// messages it can produce. Times are minutes after the member's local midnight.

export const REMINDER_KINDS = [
  "session_nudge",
  "session_follow_up",
  "journal_nudge",
  "weekly_digest",
  "milestone",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The four kinds of message a member can switch on or off. */
export const MESSAGE_CHOICES = ["session", "journal", "digest", "milestone"] as const;
export type MessageChoice = (typeof MESSAGE_CHOICES)[number];

export type ReminderPlan = {
  enabled: boolean;
  sessionDays: readonly Weekday[];
  windowStart: number;
  windowEnd: number;
  timeZone: string;
  /** Equal start and end mean no quiet hours; a start after the end wraps past midnight. */
  quietStart: number;
  quietEnd: number;
  messages: Readonly<Record<MessageChoice, boolean>>;
};

/** Which switch governs each kind: the follow-up goes with the session nudge. */
export const CHOICE_OF_KIND: Record<ReminderKind, MessageChoice> = {
  session_nudge: "session",
  session_follow_up: "session",
  journal_nudge: "journal",
  weekly_digest: "digest",
  milestone: "milestone",
};

/** The journal nudge goes in the evening: 20:00, when most of the day can be logged. */
export const JOURNAL_EVENING = 20 * 60;
/** The one follow-up comes two hours after the session window closes. */
export const FOLLOW_UP_AFTER = 120;
/** The weekly digest: Sunday at 18:00, looking back on Monday–Sunday and ahead. */
export const DIGEST_WEEKDAY: Weekday = 7;
export const DIGEST_TIME = 18 * 60;
/** A milestone is never sent before 09:00. */
export const MILESTONE_EARLIEST = 9 * 60;
/** Hinge's "habit point": 6 sessions within 14 days. */
export const MILESTONE_SESSIONS = 6;
export const MILESTONE_DAYS = 14;

/** A new member's starting plan: off until they choose, weekday evenings, quiet at night. */
export const DEFAULT_PLAN: ReminderPlan = {
  enabled: false,
  sessionDays: [1, 3, 5],
  windowStart: 17 * 60,
  windowEnd: 19 * 60,
  timeZone: "UTC",
  quietStart: 21 * 60 + 30,
  quietEnd: 7 * 60,
  messages: { session: true, journal: true, digest: true, milestone: true },
};

/** A reminder written to a member: the settings page's recent list and the CSV export. */
export type SentReminder = {
  kind: ReminderKind;
  localDay: IsoDate;
  createdAt: Date;
  /** Delivery as the outbox knows it. */
  state: "sent" | "sending" | "failed" | "waiting";
  sentAt: Date | null;
};

export const KIND_LABELS: Record<ReminderKind, string> = {
  session_nudge: "Session reminder",
  session_follow_up: "Session follow-up",
  journal_nudge: "Journal reminder",
  weekly_digest: "Weekly summary",
  milestone: "Milestone",
};

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  1: "Monday",
  2: "Tuesday",
  3: "Wednesday",
  4: "Thursday",
  5: "Friday",
  6: "Saturday",
  7: "Sunday",
};
