import { spawn, type ChildProcess } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";

// Acceptance (docs/product.md §10): two worker processes on one Postgres run the same day for
// 500 members, delivering over real SMTP; one is killed with SIGKILL mid-run and started
// again. Every due reminder must arrive, and none twice. pg-boss needs a real Postgres, so on
// the embedded database this file has nothing to run (the in-process planners race in
// reminders.test.ts instead).

const onPostgres = Boolean(process.env.DATABASE_URL);
const MEMBERS = 500;
// Wednesday 2 December 2026 at 20:30 UTC: the 17:00–19:00 window has closed and it is evening.
const NOW = "2026-12-02T20:30:00Z";
const TODAY = "2026-12-02";

const children: ChildProcess[] = [];
/** Which workers ran a planning job. */
const planners = new Set<string>();
let sink: SmtpSink | undefined;

function startWorker(name: string): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/reminders/worker.ts",
      "--now",
      NOW,
      "--kick",
      "--claim-seconds",
      "3",
      "--expire-seconds",
      "8",
      "--poll-seconds",
      "0.5",
    ],
    {
      env: { ...process.env, SMTP_URL: sink!.url, NODE_ENV: "test", REMINDERS_DISABLED: "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[${name}] ${d.toString()}`));
  child.stdout?.on("data", (d: Buffer) => {
    if (d.toString().includes("planned job=")) planners.add(name);
  });
  children.push(child);
  return child;
}

async function seed() {
  const db = await getDb();
  await db.execute(sql`
    insert into users (id, email, name)
    select 'w' || lpad(i::text, 4, '0'), 'w' || i || '@example.test', 'Worker test ' || i
    from generate_series(1, ${MEMBERS}) i`);
  await db.execute(sql`
    insert into reminder_plans (user_id, enabled, session_days, window_start, window_end,
      time_zone, quiet_start, quiet_end)
    select id, true, '{1,3,5}', 1020, 1140, 'UTC', 1380, 420 from users where id like 'w%'`);
  // Every 5th member has done today's session; every 4th has written today's journal.
  await db.execute(sql`
    insert into program_enrollments (id, user_id, plan_type, phase_started_on)
    select gen_random_uuid(), id, 'flexion', '2026-11-01' from users
    where id like 'w%' and substr(id, 2)::int % 5 = 0`);
  await db.execute(sql`
    insert into exercise_sessions (user_id, enrollment_id, performed_on, phase, exercise_ids,
      effort, pain_before, pain_after)
    select user_id, id, ${TODAY}, 1, '[]', 5, 3, 3 from program_enrollments`);
  await db.execute(sql`
    insert into journal_entries (user_id, entry_date, pain, worst_pain)
    select id, ${TODAY}, 3, 4 from users where id like 'w%' and substr(id, 2)::int % 4 = 0`);
  // 400 session reminders and 375 journal reminders.
  return MEMBERS - MEMBERS / 5 + (MEMBERS - MEMBERS / 4);
}

async function until(check: () => boolean | Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await sink?.close();
});

describe.skipIf(!onPostgres)("two reminder workers on one Postgres", () => {
  it("send each due reminder exactly once, though one is killed mid-run and restarted", async () => {
    sink = await startSmtpSink(2525);
    const expected = await seed();
    const a = startWorker("A");
    startWorker("B");

    // Kill A once mail is flowing, then start it again.
    expect(await until(() => sink!.received.length >= 60, 60_000)).toBe(true);
    a.kill("SIGKILL");
    const killedAt = sink.received.length;
    startWorker("A2");

    const db = await getDb();
    const settled = await until(async () => {
      const { rows } = await db.execute(sql`select
          (select count(*) from reminder_messages)::int as claimed,
          (select count(*) from email_outbox where sent_at is null)::int as unsent`);
      const row = rows[0] as { claimed: number; unsent: number };
      return row.claimed === expected && row.unsent === 0 && sink!.received.length >= expected;
    }, 120_000);
    expect(settled).toBe(true);
    // Anything resent late would arrive within the claim window (3 s).
    await new Promise((r) => setTimeout(r, 4_000));

    const byId = new Map<string, number>();
    for (const mail of sink.received)
      byId.set(mail.messageId ?? "", (byId.get(mail.messageId ?? "") ?? 0) + 1);
    const keys = new Set(
      sink.received.map((m) => `${m.to && "text" in m.to ? m.to.text : ""}|${m.subject}`),
    );

    expect(killedAt).toBeLessThan(expected); // the kill really was mid-run
    expect(keys.size).toBe(expected); // every due reminder arrived, to the right member
    expect(byId.size).toBe(expected); // each as one message
    // A kill between the SMTP server's "250 OK" and the outbox row being marked sent can
    // only be resent with the same Message-ID (which mail systems show once): at most one
    // such message per kill.
    expect(sink.received.length - expected).toBeLessThanOrEqual(1);
    const { rows } = await db.execute(sql`select kind::text, count(*)::int as n
        from reminder_messages group by kind order by kind`);
    expect(rows).toEqual(
      [
        { kind: "session_nudge", n: 400 },
        { kind: "journal_nudge", n: 375 },
      ].sort((x, y) => x.kind.localeCompare(y.kind)),
    );
  }, 240_000);
});
