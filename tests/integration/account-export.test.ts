import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { exportAccountData, getJournalForCsv, getProgressForCsv } from "@/db/queries/account";
import { progressToCsv } from "@/lib/account/progress-csv";
import { requestEmailChange } from "@/db/queries/email-change";
import { createEverythingFor, createUser } from "./factories";

// Which part of the export holds each table's rows. A new table with a
// user_id column fails the coverage test until it is added here and to
// exportAccountData().
const EXPORTED_AS: Record<string, string> = {
  accounts: "linkedAccounts",
  assessments: "assessments",
  program_enrollments: "programEnrollments",
  exercise_sessions: "exerciseSessions",
  exercise_dose_levels: "exerciseDoseLevels",
  journal_entries: "journalEntries",
  comments: "comments",
  email_outbox: "emails",
  password_reset_tokens: "passwordResets",
  weekly_check_ins: "weeklyCheckIns",
  progress_activities: "progressActivities",
  activity_ratings: "activityRatings",
  lesson_progress: "lessonProgress",
  reminder_plans: "reminderPlans",
  reminder_messages: "reminderMessages",
  share_links: "shareLinks",
  visit_pack_notes: "visitPackNotes",
};

async function tablesWithUserId(): Promise<string[]> {
  const db = await getDb();
  const { rows } = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id' order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function countRows(table: string, userId: string): Promise<number> {
  const db = await getDb();
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`,
  );
  return rows[0]!.n;
}

async function twoFullMembers() {
  const me = await createUser({
    name: "Exporting Member",
    passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
  });
  const other = await createUser({ name: "Other Member" });
  await createEverythingFor(me.id);
  await createEverythingFor(other.id);
  const db = await getDb();
  await db.execute(sql`insert into accounts (user_id, type, provider, provider_account_id, access_token, refresh_token) values
    (${me.id}, 'oauth', 'github', ${`gh-${me.id}`}, 'secret-access-token', 'secret-refresh-token'),
    (${other.id}, 'oauth', 'github', ${`gh-${other.id}`}, 'others-access-token', 'others-refresh-token')`);
  await requestEmailChange({
    userId: me.id,
    newEmail: "pending-new@example.test",
    tokenHash: "hash-of-email-change-token",
    expires: new Date(Date.now() + 3_600_000),
    target: {
      confirm: {
        to: "pending-new@example.test",
        subject: "Confirm",
        text: "link",
        kind: "email-change-confirm",
      },
      taken: {
        to: "pending-new@example.test",
        subject: "Taken",
        text: "x",
        kind: "email-change-taken",
      },
    },
    notifyCurrent: (to) => ({ to, subject: "Changing", text: "x", kind: "email-change-requested" }),
  });
  return { me, other };
}

describe("exporting my data", () => {
  it("covers every table that holds a member's rows", async () => {
    expect(await tablesWithUserId()).toEqual(Object.keys(EXPORTED_AS).sort());
  });

  it("contains every row of mine and nothing of anyone else's", async () => {
    const { me, other } = await twoFullMembers();
    const data = await exportAccountData({ userId: me.id });
    expect(data).not.toBeNull();
    for (const [table, key] of Object.entries(EXPORTED_AS)) {
      const exported = (data as Record<string, unknown>)[key] as unknown[];
      expect(exported, table).toHaveLength(await countRows(table, me.id));
      expect(exported.length, table).toBeGreaterThan(0);
    }
    expect(data?.user).toMatchObject({
      id: me.id,
      email: me.email,
      name: "Exporting Member",
      role: "member",
    });
    // The guided session's ratings travel with the session, the dose levels on their own.
    expect(data?.exerciseSessions[0]?.ratings).toEqual({ walk: "about-right" });
    expect(data?.exerciseDoseLevels).toEqual([
      expect.objectContaining({ exerciseId: "cat-camel", phase: 1, level: 1, easyStreak: 0 }),
    ]);
    expect(data?.pendingEmailChanges).toEqual([
      { newEmail: "pending-new@example.test", expires: expect.any(Date) as Date },
    ]);

    const text = JSON.stringify(data);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain(other.email);
    expect(text).not.toContain("Other Member");
  });

  it("leaves out secrets: password hash, token hashes, social sign-in tokens", async () => {
    const { me } = await twoFullMembers();
    const text = JSON.stringify(await exportAccountData({ userId: me.id }));
    expect(text).not.toMatch(
      /argon2|passwordHash|tokenHash|hash-of-email-change-token|secret-access-token|secret-refresh-token/,
    );
  });

  it("is null for an id with no member", async () => {
    expect(await exportAccountData({ userId: "no-such-member" })).toBeNull();
  });

  it("gives the journal for CSV oldest first, only mine", async () => {
    const { me } = await twoFullMembers();
    const rows = await getJournalForCsv({ userId: me.id });
    expect(rows).toEqual([
      expect.objectContaining({ entryDate: "2026-11-02", pain: 4, worstPain: 6 }),
    ]);
  });

  it("gives progress for CSV, only mine: check-ins with their score, and every rating with its activity", async () => {
    const { me } = await twoFullMembers();
    const data = await getProgressForCsv({ userId: me.id });
    expect(data).toEqual({
      checkIns: [
        { weekStart: "2026-10-26", checkedOn: "2026-11-01", pain: 5, enjoyment: 4, activity: 4 },
      ],
      ratings: [
        { ratedOn: "2026-11-01", name: "Carry shopping from the car", archived: false, rating: 4 },
      ],
    });
    expect(progressToCsv(data).split("\r\n")).toEqual([
      "record,date,week_start,pain,enjoyment_interference,activity_interference,weekly_score,activity_name,activity_archived,activity_rating",
      "weekly_check_in,2026-11-01,2026-10-26,5,4,4,4.3,,,",
      "activity_rating,2026-11-01,,,,,,Carry shopping from the car,no,4",
      "",
    ]);
  });
});
