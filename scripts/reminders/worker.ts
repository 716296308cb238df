// A reminder worker as its own process: `npm run reminders:worker` (Postgres only). Web
// instances can run with REMINDERS_DISABLED=true and leave the queue to these. The
// integration test starts two and kills one mid-run.
//
//   --now <ISO instant>     plan for this instant instead of the clock (tests)
//   --kick                  ask for a planning run at once instead of waiting for the cron
//   --claim-seconds <n>     email claim lifetime (default 600)
//   --expire-seconds <n>    job lifetime before pg-boss retries it elsewhere (default 900)
import { env } from "@/lib/env";
import { requestPlanning, startReminderQueue } from "@/server/reminders/queue";
import { cliArg } from "../lib/cli-arg";

if (!env.DATABASE_URL) {
  console.error(
    "The reminder worker needs DATABASE_URL (Postgres); the embedded database runs reminders inside the app.",
  );
  process.exit(1);
}
const now = cliArg("--now", "");
const boss = await startReminderQueue({
  connectionString: env.DATABASE_URL,
  fixedNow: now ? new Date(now) : undefined,
  claimSeconds: Number(cliArg("--claim-seconds", "600")),
  expireInSeconds: Number(cliArg("--expire-seconds", "900")),
  pollingIntervalSeconds: Number(cliArg("--poll-seconds", "2")),
});
if (process.argv.includes("--kick")) await requestPlanning(boss);
console.log("[reminders] worker ready");

const stop = () => void boss.stop({ graceful: true, timeout: 10_000 }).then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
