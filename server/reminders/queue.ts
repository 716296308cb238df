import "server-only";
import PgBoss from "pg-boss";
import { drainOutbox } from "@/server/email/deliver";
import { planReminders } from "./planner";

// The reminder job queue on Postgres (decision record 0011): pg-boss keeps its jobs in its own
// schema of the app's database. Its cron fires the planning job once per tick across all
// instances; any instance's worker may take it. A worker that dies mid-job leaves the job
// active until it expires, then pg-boss hands it to another: planning again is safe because
// each reminder is claimed by a unique row. Delivery drains the outbox, whose row claims keep
// two instances from sending the same email.

export const PLAN_QUEUE = "reminders-plan";
export const DELIVER_QUEUE = "email-deliver";

export type QueueOptions = {
  connectionString: string;
  /** When planning runs: every 5 minutes. */
  planCron?: string;
  /** How long a job may run before pg-boss counts its worker as dead and retries it. */
  expireInSeconds?: number;
  /** How long an email claim lasts before a sender counts as dead (tests shorten it). */
  claimSeconds?: number;
  /** Plan for this instant instead of the clock (tests replay a fixed day). */
  fixedNow?: Date;
  pollingIntervalSeconds?: number;
};

/**
 * Instances starting together can deadlock in pg-boss's create_queue (seen with two workers
 * started in the same second); the set-up is idempotent, so it is simply run again.
 */
async function retryDeadlocks(setUp: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await setUp();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "40P01" || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

export async function startReminderQueue(options: QueueOptions): Promise<PgBoss> {
  const {
    connectionString,
    planCron = "*/5 * * * *",
    expireInSeconds = 15 * 60,
    claimSeconds,
    fixedNow,
    pollingIntervalSeconds = 2,
  } = options;
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 4 });
  boss.on("error", (error) => console.error("[reminders] queue error:", error.message));
  await boss.start();
  const retry = { expireInSeconds, retryLimit: 10, retryDelay: 5, retryBackoff: true };
  await retryDeadlocks(async () => {
    await boss.createQueue(PLAN_QUEUE, { name: PLAN_QUEUE, ...retry });
    await boss.createQueue(DELIVER_QUEUE, { name: DELIVER_QUEUE, ...retry });
    await boss.schedule(PLAN_QUEUE, planCron);
    // Delivery also runs on its own each minute: it retries failed sends and picks up emails a
    // dead instance had claimed.
    await boss.schedule(DELIVER_QUEUE, "* * * * *");
  });

  await boss.work(PLAN_QUEUE, { pollingIntervalSeconds }, async (jobs) => {
    for (const job of jobs) {
      const now = fixedNow ?? new Date();
      const result = await planReminders({ now });
      console.log(
        `[reminders] planned job=${job.id} members=${result.members} claimed=${result.claimed}`,
      );
    }
    await boss.send(DELIVER_QUEUE, {});
  });
  await boss.work(DELIVER_QUEUE, { pollingIntervalSeconds }, async () => {
    await drainOutbox({ claimSeconds });
  });
  return boss;
}

/** Asks for a planning run now (tests; an operator after downtime). */
export async function requestPlanning(boss: PgBoss): Promise<void> {
  await boss.send(PLAN_QUEUE, {});
}
