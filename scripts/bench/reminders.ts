// `npm run bench:reminders`: plans a weekday's and then a Sunday's reminders (the Sunday one
// builds weekly summaries too) for 100,000 seeded members on Postgres and reports each run's
// time and extra memory, and the due-members query's plan (docs/product.md §10; budget per
// run ≤ 30 s and ≤ 200 MB). Needs DATABASE_URL (a server it may create a database on);
// the database it makes is dropped afterwards.
//
//   --members <n>   how many members (default 100000)
import { sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db";
import { dueMembersQuery } from "@/db/queries/reminder-planner";
import { env } from "@/lib/env";
import { planReminders } from "@/server/reminders/planner";
import { createFreshPostgres } from "../../tests/integration/fresh-database";
import { cliArg } from "../lib/cli-arg";

const MEMBERS = Number(cliArg("--members", "100000"));
// Wednesday 2 December 2026, 20:30 UTC: evening in Europe, afternoon in the Americas.
const NOW = new Date("2026-12-02T20:30:00Z");
// Sunday 6 December, 20:30 UTC: past 18:00 in UTC, London and Berlin, so half the members with
// reminders on are due a weekly summary, each built from that member's week of sessions and
// journal.
const SUNDAY = new Date("2026-12-06T20:30:00Z");

const MB = 1048576;

/** One planning run at `now`: its time and its peak RSS over the RSS before it. */
async function timedPlanning(label: string, now: Date): Promise<boolean> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const started = performance.now();
  const result = await planReminders({ now });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `\n${label}: planned ${result.members} members with reminders on: ${result.due} due, ${result.claimed} claimed`,
  );
  console.log(`time: ${seconds.toFixed(1)} s (budget 30 s)`);
  console.log(
    `extra memory (peak RSS over baseline): ${((peak - baseline) / MB).toFixed(0)} MB (budget 200 MB)`,
  );
  return seconds <= 30 && peak - baseline <= 200 * MB;
}
const ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Kolkata",
];

async function seed() {
  const db = await getDb();
  const zones = sql.raw(`array[${ZONES.map((z) => `'${z}'`).join(",")}]`);
  await db.execute(sql`insert into users (id, email)
    select 'b' || lpad(i::text, 7, '0'), 'b' || i || '@example.test' from generate_series(1, ${MEMBERS}) i`);
  await db.execute(sql`insert into reminder_plans (user_id, enabled, session_days, window_start,
      window_end, time_zone, quiet_start, quiet_end)
    select id, substr(id, 2)::int % 10 <> 0, '{1,3,5}', 1020, 1140,
      (${zones})[1 + substr(id, 2)::int % ${ZONES.length}], 1380, 420
    from users where id like 'b%'`);
  await db.execute(sql`insert into program_enrollments (user_id, plan_type, phase_started_on)
    select id, 'flexion', '2026-11-01' from users where id like 'b%' and substr(id, 2)::int % 5 = 0`);
  // A fifth of members did a session on each of the last six days (they reach the milestone).
  await db.execute(sql`insert into exercise_sessions (user_id, enrollment_id, performed_on, phase,
      exercise_ids, effort, pain_before, pain_after)
    select e.user_id, e.id, date '2026-12-02' - d, 1, '[]', 5, 3, 3
    from program_enrollments e cross join generate_series(0, 5) d`);
  await db.execute(sql`insert into journal_entries (user_id, entry_date, pain, worst_pain)
    select id, '2026-12-02', 3, 4 from users where id like 'b%' and substr(id, 2)::int % 4 = 0`);
  await db.execute(sql`analyze`);
}

async function main() {
  if (!env.DATABASE_URL) throw new Error("bench:reminders needs DATABASE_URL (a Postgres server).");
  const fresh = await createFreshPostgres(env.DATABASE_URL, "lbpfix_bench_reminders");
  env.DATABASE_URL = fresh.url; // read by the first getDb() below
  try {
    const seedStart = performance.now();
    await seed();
    console.log(
      `seeded ${MEMBERS} members in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const db = await getDb();
    const explained = await db.execute(
      sql`explain (analyze, buffers, costs off) ${dueMembersQuery({ now: NOW, after: "", limit: 2000 })}`,
    );
    const plan = (explained.rows as Record<string, string>[])
      .map((r) => Object.values(r)[0])
      .join("\n");

    const weekday = await timedPlanning("Wednesday 20:30 UTC", NOW);
    const sunday = await timedPlanning("Sunday 20:30 UTC (weekly summaries)", SUNDAY);
    console.log(`\nquery plan of the due-members query (first page of 2,000):\n${plan}`);
    if (!weekday || !sunday) process.exitCode = 1;
  } finally {
    await closeDb();
    await fresh.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
