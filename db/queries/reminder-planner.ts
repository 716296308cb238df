import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { emailOutbox, reminderMessages } from "@/db/schema";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Weekday } from "@/lib/reminders/local-time";
import type { ReminderKind, ReminderPlan } from "@/lib/reminders/plan";
import type { DayFacts } from "@/lib/reminders/rules";
import type { OutboxMessage } from "./outbox";

// The reminder planner's queries (docs/product.md §10). Unlike every other query module these
// read across members: the planner is not a request and has no signed-in member. Nothing here
// is reachable from a server action or a route.

export type DueCandidate = {
  userId: string;
  email: string;
  plan: ReminderPlan;
  localDay: IsoDate;
  localMinutes: number;
  facts: DayFacts;
};

type CandidateRow = {
  user_id: string;
  email: string;
  session_days: number[] | string;
  window_start: number;
  window_end: number;
  time_zone: string;
  quiet_start: number;
  quiet_end: number;
  send_session: boolean;
  send_journal: boolean;
  send_digest: boolean;
  send_milestone: boolean;
  local_day: string;
  local_minutes: number;
  session_today: boolean;
  journal_today: boolean;
  sessions_14: number;
  milestone_sent: boolean;
  sent_today: string[] | string | null;
};

/** Postgres arrays come back parsed from pg and as "{1,3}" text from some PGlite paths. */
function arrayOf(value: string[] | number[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.map(String);
  return value
    .replace(/^\{|\}$/g, "")
    .split(",")
    .filter(Boolean);
}

/**
 * The due-members query: one page of members whose reminders are on, in id order after
 * `after`, each with their local day and time (read by Postgres in their zone) and the facts
 * the rules need about that day. One round trip per page; every lookup inside is an index
 * probe on (user_id, date).
 */
export function dueMembersQuery({
  now,
  after,
  limit,
}: {
  now: Date;
  after: string;
  limit: number;
}) {
  return sql`
    select p.user_id, u.email, p.session_days, p.window_start, p.window_end, p.time_zone,
      p.quiet_start, p.quiet_end, p.send_session, p.send_journal, p.send_digest, p.send_milestone,
      l.local_day::text as local_day, l.local_minutes,
      exists (select 1 from exercise_sessions s
              where s.user_id = p.user_id and s.performed_on = l.local_day) as session_today,
      exists (select 1 from journal_entries j
              where j.user_id = p.user_id and j.entry_date = l.local_day) as journal_today,
      (select count(*) from exercise_sessions s
        where s.user_id = p.user_id and s.performed_on between l.local_day - 13 and l.local_day)::int
        as sessions_14,
      exists (select 1 from reminder_messages m
              where m.user_id = p.user_id and m.kind = 'milestone') as milestone_sent,
      array(select m.kind::text from reminder_messages m
            where m.user_id = p.user_id and m.local_day = l.local_day) as sent_today
    from reminder_plans p
    join users u on u.id = p.user_id
    cross join lateral (select ${now.toISOString()}::timestamptz at time zone p.time_zone as ts) t
    cross join lateral (
      select t.ts::date as local_day,
        (extract(hour from t.ts) * 60 + extract(minute from t.ts))::int as local_minutes
    ) l
    where p.enabled and p.unsubscribed_at is null and p.user_id > ${after}
    order by p.user_id
    limit ${limit}`;
}

export async function getDueCandidates(args: {
  now: Date;
  after: string;
  limit: number;
}): Promise<DueCandidate[]> {
  const db = await getDb();
  const { rows } = (await db.execute(dueMembersQuery(args))) as unknown as { rows: CandidateRow[] };
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    localDay: r.local_day,
    localMinutes: Number(r.local_minutes),
    plan: {
      enabled: true,
      sessionDays: arrayOf(r.session_days).map(Number) as Weekday[],
      windowStart: r.window_start,
      windowEnd: r.window_end,
      timeZone: r.time_zone,
      quietStart: r.quiet_start,
      quietEnd: r.quiet_end,
      messages: {
        session: r.send_session,
        journal: r.send_journal,
        digest: r.send_digest,
        milestone: r.send_milestone,
      },
    },
    facts: {
      sessionLoggedToday: r.session_today,
      journalToday: r.journal_today,
      sessionsInMilestoneWindow: Number(r.sessions_14),
      milestoneSent: r.milestone_sent,
      sentToday: new Set(arrayOf(r.sent_today) as ReminderKind[]),
    },
  }));
}

/** What the weekly digest needs for some members: session dates and journal pain since `from`. */
export async function getDigestData({ userIds, from }: { userIds: string[]; from: IsoDate }) {
  const db = await getDb();
  const ids = sql.join(
    userIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const [sessions, pain] = await Promise.all([
    db.execute(sql`select user_id, performed_on::text as date from exercise_sessions
      where user_id in (${ids}) and performed_on >= ${from}`),
    db.execute(sql`select user_id, entry_date::text as date, pain from journal_entries
      where user_id in (${ids}) and entry_date >= ${from}`),
  ]);
  return {
    sessions: sessions.rows as { user_id: string; date: string }[],
    pain: pain.rows as { user_id: string; date: string; pain: number }[],
  };
}

export type ReminderClaim = {
  userId: string;
  kind: ReminderKind;
  localDay: IsoDate;
  message: OutboxMessage;
};

/**
 * Claims reminders and queues their emails, in one statement: a row per member, kind and local
 * day is inserted first, and only the rows this call inserted get an email. A second planner
 * (another instance, or this one run again after a crash) finds the rows taken and queues
 * nothing; a crash before the commit leaves no row, so the next run plans it again. Returns
 * how many were claimed.
 *
 * The page travels as one JSON parameter and both inserts are one statement: for 100,000
 * members, building a 2,000-row multi-VALUES insert per table and a third statement to link
 * them cost more than the writes (`npm run bench:reminders`). Each message row carries its
 * email's id from the start; Postgres checks that foreign key at the end of the statement,
 * after the email row exists.
 */
export async function claimReminders(claims: ReminderClaim[]): Promise<number> {
  if (claims.length === 0) return 0;
  const rows = claims.map((c) => ({
    message_id: crypto.randomUUID(),
    outbox_id: crypto.randomUUID(),
    user_id: c.userId,
    kind: c.kind,
    local_day: c.localDay,
    to_address: c.message.to,
    subject: c.message.subject,
    text_body: c.message.text,
    html_body: c.message.html ?? null,
    headers: c.message.headers ?? null,
    email_kind: c.message.kind,
  }));
  const db = await getDb();
  const result = await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
        message_id uuid, outbox_id uuid, user_id text, kind reminder_kind, local_day date,
        to_address text, subject text, text_body text, html_body text, headers jsonb,
        email_kind text)
    ), claimed as (
      insert into ${reminderMessages} (id, user_id, kind, local_day, outbox_id)
      select message_id, user_id, kind, local_day, outbox_id from input
      on conflict do nothing
      returning id
    ), queued as (
      insert into ${emailOutbox} (id, user_id, to_address, subject, text_body, html_body,
        headers, kind)
      select i.outbox_id, i.user_id, i.to_address, i.subject, i.text_body, i.html_body,
        i.headers, i.email_kind
      from input i join claimed c on c.id = i.message_id
      returning 1
    )
    select count(*)::int as claimed from queued`);
  const [row] = result.rows as { claimed: number }[];
  return row?.claimed ?? 0;
}
