import "server-only";
import {
  claimReminders,
  getDigestData,
  getDueCandidates,
  type DueCandidate,
  type ReminderClaim,
} from "@/db/queries/reminder-planner";
import { addDays } from "@/lib/dates/iso-date";
import { weeklyDigest, type WeeklyDigest } from "@/lib/reminders/digest";
import { weekdayOf, weekStart } from "@/lib/reminders/local-time";
import { dueReminders } from "@/lib/reminders/rules";
import { reminderEmail } from "./reminder-email";

// One planning pass (docs/product.md §10): page through members whose reminders are on, apply
// the pure rules to each one's local "now", and claim what is due. Safe to run on several
// instances at once and to run again after a crash: the claim (a unique row per member, kind
// and local day) decides who sends, and only in the transaction that also queues the email.

export const PLAN_PAGE_SIZE = 2_000;

const active = { unsubscribed: false, deleted: false };

/** Rows grouped by member (Map.groupBy arrives with Node 21; this runs on 20). */
function byMember<T extends { user_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.user_id);
    if (group) group.push(row);
    else groups.set(row.user_id, [row]);
  }
  return groups;
}

async function digestsFor(candidates: DueCandidate[]): Promise<Map<string, WeeklyDigest>> {
  const digests = new Map<string, WeeklyDigest>();
  if (candidates.length === 0) return digests;
  const earliest = candidates
    .map((c) => addDays(weekStart(c.localDay), -7))
    .reduce((a, b) => (a < b ? a : b));
  const data = await getDigestData({ userIds: candidates.map((c) => c.userId), from: earliest });
  // Grouped once, so a page of 2,000 members does not scan every row for each member.
  const sessionDates = byMember(data.sessions);
  const painDays = byMember(data.pain);
  for (const c of candidates) {
    digests.set(
      c.userId,
      weeklyDigest({
        weekStart: weekStart(c.localDay),
        sessionDays: c.plan.sessionDays,
        sessionDates: (sessionDates.get(c.userId) ?? []).map((s) => s.date),
        pain: (painDays.get(c.userId) ?? []).map((p) => ({ date: p.date, pain: Number(p.pain) })),
      }),
    );
  }
  return digests;
}

/** Plans one page; returns the last member id seen (null when the page was empty). */
async function planPage(now: Date, after: string, limit: number) {
  const candidates = await getDueCandidates({ now, after, limit });
  const due = candidates.map((c) => ({
    candidate: c,
    kinds: dueReminders(c.plan, active, c.facts, {
      date: c.localDay,
      minutes: c.localMinutes,
      weekday: weekdayOf(c.localDay),
    }),
  }));
  const digests = await digestsFor(
    due.filter((d) => d.kinds.includes("weekly_digest")).map((d) => d.candidate),
  );
  const claims: ReminderClaim[] = due.flatMap(({ candidate: c, kinds }) =>
    kinds.map((kind) => ({
      userId: c.userId,
      kind,
      localDay: c.localDay,
      message: reminderEmail({
        to: c.email,
        userId: c.userId,
        kind,
        digest: kind === "weekly_digest" ? (digests.get(c.userId) ?? null) : null,
      }),
    })),
  );
  const claimed = await claimReminders(claims);
  return {
    last: candidates.at(-1)?.userId ?? null,
    count: candidates.length,
    due: claims.length,
    claimed,
  };
}

export type PlanResult = { members: number; due: number; claimed: number };

/** Plans every member's reminders for the instant `now`. */
export async function planReminders({
  now = new Date(),
  pageSize = PLAN_PAGE_SIZE,
}: { now?: Date; pageSize?: number } = {}): Promise<PlanResult> {
  const result: PlanResult = { members: 0, due: 0, claimed: 0 };
  let after = "";
  for (;;) {
    const page = await planPage(now, after, pageSize);
    if (page.last === null) break;
    result.members += page.count;
    result.due += page.due;
    result.claimed += page.claimed;
    after = page.last;
  }
  return result;
}
