import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import { MINUTES_PER_DAY, weekdayOf, zonedInstant, type LocalMoment } from "./local-time";
import {
  CHOICE_OF_KIND,
  DIGEST_TIME,
  DIGEST_WEEKDAY,
  FOLLOW_UP_AFTER,
  JOURNAL_EVENING,
  MILESTONE_EARLIEST,
  MILESTONE_SESSIONS,
  type ReminderKind,
  type ReminderPlan,
} from "./plan";

// When a reminder goes (docs/product.md §10). Pure: the planner gathers the facts for a member
// and their local "now", these rules say which messages are due. A message is due once its time
// has come on the member's day and stays due for the rest of that day (a planner that was down
// catches up), but never while quiet hours last: one due in quiet hours waits for them to end,
// and is dropped if the day ends first. The unique row per member, kind and local day makes
// "due" mean "sent once".

export type MemberStatus = { unsubscribed: boolean; deleted: boolean };

export type DayFacts = {
  /** A session dated the member's local today. */
  sessionLoggedToday: boolean;
  /** A journal entry dated the member's local today. */
  journalToday: boolean;
  /** Sessions in the 14 local days ending today. */
  sessionsInMilestoneWindow: number;
  /** The milestone message was sent before (it is sent once, ever). */
  milestoneSent: boolean;
  /** Kinds that already have a row for the member's local today. */
  sentToday: ReadonlySet<ReminderKind>;
};

export function inQuietHours(minutes: number, plan: Pick<ReminderPlan, "quietStart" | "quietEnd">) {
  const { quietStart: start, quietEnd: end } = plan;
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/**
 * The earliest minute of the day, at or after `minutes`, outside quiet hours; null when quiet
 * hours last until midnight.
 */
function firstAllowedMinute(minutes: number, plan: ReminderPlan): number | null {
  if (!inQuietHours(minutes, plan)) return minutes;
  const end = plan.quietEnd;
  return end > minutes ? end : null;
}

/**
 * When each kind would go on `date` if its condition holds (nothing logged by then, and so on),
 * before quiet hours are applied. Follow-up time assumes the nudge went.
 */
function plannedTimes(plan: ReminderPlan, date: IsoDate): Partial<Record<ReminderKind, number>> {
  const times: Partial<Record<ReminderKind, number>> = {};
  const weekday = weekdayOf(date);
  if (plan.sessionDays.includes(weekday)) {
    times.session_nudge = plan.windowEnd;
    if (plan.windowEnd + FOLLOW_UP_AFTER < MINUTES_PER_DAY)
      times.session_follow_up = plan.windowEnd + FOLLOW_UP_AFTER;
  }
  times.journal_nudge = JOURNAL_EVENING;
  if (weekday === DIGEST_WEEKDAY) times.weekly_digest = DIGEST_TIME;
  times.milestone = MILESTONE_EARLIEST;
  return times;
}

function wanted(plan: ReminderPlan, status: MemberStatus): boolean {
  return plan.enabled && !status.unsubscribed && !status.deleted;
}

function conditionHolds(kind: ReminderKind, facts: DayFacts): boolean {
  switch (kind) {
    case "session_nudge":
      return !facts.sessionLoggedToday;
    case "session_follow_up":
      return !facts.sessionLoggedToday && facts.sentToday.has("session_nudge");
    case "journal_nudge":
      return !facts.journalToday;
    case "weekly_digest":
      return true;
    case "milestone":
      return !facts.milestoneSent && facts.sessionsInMilestoneWindow >= MILESTONE_SESSIONS;
  }
}

/** The messages due for a member at their local moment `now`, in a stable order. */
export function dueReminders(
  plan: ReminderPlan,
  status: MemberStatus,
  facts: DayFacts,
  now: LocalMoment,
): ReminderKind[] {
  if (!wanted(plan, status) || inQuietHours(now.minutes, plan)) return [];
  const due: ReminderKind[] = [];
  for (const [kind, at] of Object.entries(plannedTimes(plan, now.date)) as [
    ReminderKind,
    number,
  ][]) {
    if (!plan.messages[CHOICE_OF_KIND[kind]]) continue;
    if (facts.sentToday.has(kind) || now.minutes < at) continue;
    if (conditionHolds(kind, facts)) due.push(kind);
  }
  return due;
}

export type ScheduledReminder = { kind: ReminderKind; at: Date; conditional: boolean };

/**
 * The next message the plan will send, looking up to eight days ahead: what the settings page
 * shows. Session and journal nudges are conditional (they go only if nothing is logged by then).
 * Today's facts rule out what is already sent or no longer needed; later days assume nothing.
 */
export function nextScheduled(
  plan: ReminderPlan,
  status: MemberStatus,
  facts: DayFacts,
  now: LocalMoment,
): ScheduledReminder | null {
  if (!wanted(plan, status)) return null;
  for (let offset = 0; offset <= 8; offset += 1) {
    const date = addDays(now.date, offset);
    const candidates: { kind: ReminderKind; minutes: number }[] = [];
    for (const [kind, at] of Object.entries(plannedTimes(plan, date)) as [ReminderKind, number][]) {
      if (!plan.messages[CHOICE_OF_KIND[kind]]) continue;
      // The milestone and the follow-up depend on what happens; the page shows fixed plans.
      if (kind === "milestone" || kind === "session_follow_up") continue;
      if (offset === 0 && (facts.sentToday.has(kind) || !conditionHolds(kind, facts))) continue;
      const minutes = firstAllowedMinute(at, plan);
      if (minutes === null) continue;
      if (offset === 0 && minutes < now.minutes) continue;
      candidates.push({ kind, minutes });
    }
    candidates.sort((a, b) => a.minutes - b.minutes);
    const first = candidates[0];
    if (first)
      return {
        kind: first.kind,
        at: zonedInstant(date, first.minutes, plan.timeZone),
        conditional: first.kind !== "weekly_digest",
      };
  }
  return null;
}
