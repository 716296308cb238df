import "server-only";
import { and, asc, count, desc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  emailOutbox,
  exerciseSessions,
  journalEntries,
  reminderMessages,
  reminderPlans,
  type ReminderPlanRow,
} from "@/db/schema";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import type { Weekday } from "@/lib/reminders/local-time";
import {
  DEFAULT_PLAN,
  MILESTONE_DAYS,
  type ReminderPlan,
  type SentReminder,
} from "@/lib/reminders/plan";
import type { DayFacts } from "@/lib/reminders/rules";

// Every read and write of the member's own reminder plan (docs/product.md §10). Each statement
// carries the member's id in its WHERE clause or in the row it writes. The planner's
// all-members queries live in reminder-planner.ts.

export function planOfRow(row: ReminderPlanRow): ReminderPlan {
  return {
    enabled: row.enabled,
    sessionDays: row.sessionDays as Weekday[],
    windowStart: row.windowStart,
    windowEnd: row.windowEnd,
    timeZone: row.timeZone,
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
    messages: {
      session: row.sendSession,
      journal: row.sendJournal,
      digest: row.sendDigest,
      milestone: row.sendMilestone,
    },
  };
}

function columnsOf(plan: ReminderPlan) {
  return {
    enabled: plan.enabled,
    sessionDays: [...plan.sessionDays],
    windowStart: plan.windowStart,
    windowEnd: plan.windowEnd,
    timeZone: plan.timeZone,
    quietStart: plan.quietStart,
    quietEnd: plan.quietEnd,
    sendSession: plan.messages.session,
    sendJournal: plan.messages.journal,
    sendDigest: plan.messages.digest,
    sendMilestone: plan.messages.milestone,
  };
}

export type ReminderSettings = {
  plan: ReminderPlan;
  /** False until the member first saves: the page then offers the detected time zone. */
  saved: boolean;
  unsubscribedAt: Date | null;
  hasCalendarFeed: boolean;
};

export async function getReminderSettings({
  userId,
}: {
  userId: string;
}): Promise<ReminderSettings> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(reminderPlans)
    .where(eq(reminderPlans.userId, userId))
    .limit(1);
  if (!row)
    return { plan: DEFAULT_PLAN, saved: false, unsubscribedAt: null, hasCalendarFeed: false };
  return {
    plan: planOfRow(row),
    saved: true,
    unsubscribedAt: row.unsubscribedAt,
    hasCalendarFeed: row.calendarTokenHash !== null,
  };
}

/**
 * Saves the plan. Switching reminders on is the member asking for them again, so it clears an
 * earlier unsubscribe; saving with them off keeps it.
 */
export async function saveReminderPlan({ userId, plan }: { userId: string; plan: ReminderPlan }) {
  const db = await getDb();
  const columns = columnsOf(plan);
  const resubscribe = plan.enabled ? { unsubscribedAt: null } : {};
  await db
    .insert(reminderPlans)
    .values({ userId, ...columns })
    .onConflictDoUpdate({
      target: reminderPlans.userId,
      set: { ...columns, ...resubscribe, updatedAt: new Date() },
    });
}

/**
 * The unsubscribe link's work: reminders off, and when. Idempotent: a second click keeps the
 * first time. A member with no plan row (or no account any more) has nothing to stop.
 */
export async function unsubscribeFromReminders({ userId }: { userId: string }): Promise<void> {
  const db = await getDb();
  await db
    .update(reminderPlans)
    .set({
      enabled: false,
      unsubscribedAt: sql`coalesce(${reminderPlans.unsubscribedAt}, now())`,
      updatedAt: new Date(),
    })
    .where(eq(reminderPlans.userId, userId));
}

/** What the plan's rules need about the member's local `today`. */
export async function getTodayFacts({
  userId,
  today,
}: {
  userId: string;
  today: IsoDate;
}): Promise<DayFacts> {
  const db = await getDb();
  const from = addDays(today, 1 - MILESTONE_DAYS);
  const [sessions, journal, sent, milestone] = await Promise.all([
    db
      .select({
        today: sql<number>`count(*) filter (where ${exerciseSessions.performedOn} = ${today})`,
        window: count(),
      })
      .from(exerciseSessions)
      .where(
        and(
          eq(exerciseSessions.userId, userId),
          gte(exerciseSessions.performedOn, from),
          sql`${exerciseSessions.performedOn} <= ${today}`,
        ),
      ),
    db
      .select({ id: journalEntries.id })
      .from(journalEntries)
      .where(and(eq(journalEntries.userId, userId), eq(journalEntries.entryDate, today)))
      .limit(1),
    db
      .select({ kind: reminderMessages.kind })
      .from(reminderMessages)
      .where(and(eq(reminderMessages.userId, userId), eq(reminderMessages.localDay, today))),
    db
      .select({ id: reminderMessages.id })
      .from(reminderMessages)
      .where(and(eq(reminderMessages.userId, userId), eq(reminderMessages.kind, "milestone")))
      .limit(1),
  ]);
  return {
    sessionLoggedToday: Number(sessions[0]?.today ?? 0) > 0,
    journalToday: journal.length > 0,
    sessionsInMilestoneWindow: Number(sessions[0]?.window ?? 0),
    milestoneSent: milestone.length > 0,
    sentToday: new Set(sent.map((s) => s.kind)),
  };
}

/**
 * The member's reminders with their delivery state: the latest few for the settings page
 * (newest first, with a limit), or every one oldest first for the CSV export.
 */
export async function listReminders({
  userId,
  order,
  limit,
}: {
  userId: string;
  order: "newest" | "oldest";
  limit?: number;
}): Promise<SentReminder[]> {
  const db = await getDb();
  const query = db
    .select({
      kind: reminderMessages.kind,
      localDay: reminderMessages.localDay,
      createdAt: reminderMessages.createdAt,
      sentAt: emailOutbox.sentAt,
      claimedAt: emailOutbox.claimedAt,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
    })
    .from(reminderMessages)
    .leftJoin(emailOutbox, eq(emailOutbox.id, reminderMessages.outboxId))
    .where(eq(reminderMessages.userId, userId))
    .orderBy(
      order === "newest" ? desc(reminderMessages.createdAt) : asc(reminderMessages.createdAt),
    )
    .$dynamic();
  const rows = await (limit === undefined ? query : query.limit(limit));
  return rows.map((r) => ({
    kind: r.kind,
    localDay: r.localDay,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    state: r.sentAt
      ? "sent"
      : r.claimedAt
        ? "sending"
        : r.lastError && (r.attempts ?? 0) > 0
          ? "failed"
          : "waiting",
  }));
}

/** Stores a new calendar feed token's hash, replacing (and so killing) any earlier one. */
export async function setCalendarToken({
  userId,
  tokenHash,
}: {
  userId: string;
  tokenHash: string | null;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(reminderPlans)
    .values({ userId, ...columnsOf(DEFAULT_PLAN), calendarTokenHash: tokenHash })
    .onConflictDoUpdate({
      target: reminderPlans.userId,
      set: { calendarTokenHash: tokenHash, updatedAt: new Date() },
    });
}

/** The plan behind a calendar feed token's hash, or null for an unknown or revoked token. */
export async function getPlanByCalendarToken({
  tokenHash,
}: {
  tokenHash: string;
}): Promise<ReminderPlan | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(reminderPlans)
    .where(eq(reminderPlans.calendarTokenHash, tokenHash))
    .limit(1);
  return row ? planOfRow(row) : null;
}

/** When the member unsubscribed, or null (also for a member with no plan or no account). */
export async function getUnsubscribedAt({ userId }: { userId: string }): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ at: reminderPlans.unsubscribedAt })
    .from(reminderPlans)
    .where(eq(reminderPlans.userId, userId))
    .limit(1);
  return row?.at ?? null;
}

/**
 * Whether the database knows the zone too: the planner reads each member's clock in SQL
 * (`at time zone`), and a name Intl accepts but this server's tz data lacks would fail the
 * planner's whole page of members. Checked once, when the plan is saved.
 */
export async function databaseKnowsTimeZone(timeZone: string): Promise<boolean> {
  const db = await getDb();
  const { rows } = await db.execute(
    sql`select exists (select 1 from pg_timezone_names where name = ${timeZone}) as known`,
  );
  return Boolean((rows[0] as { known?: boolean } | undefined)?.known);
}
