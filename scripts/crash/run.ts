// `npm run test:crash`: kill -9 a server on the embedded database while it is
// saving journal entries, start it again on the same directory, and check
// that every save it acknowledged is there and the database opens cleanly.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { lockFileFor } from "@/db/pglite-lock";
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/db/seed";
import { prepareDatabase, seedDemo, startServer } from "../lib/app-server";
import { signInAndRecord } from "../lib/browser-session";
import { journalSaveBody } from "../lib/multipart";

const PORT = 3500;
const WRITERS = 8;
const KILL_AFTER_MS = Number(process.env.CRASH_AFTER_MS ?? 4_000);

async function main() {
  if (!process.argv.includes("--no-build"))
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const database = await prepareDatabase("crash", "");
  await seedDemo(database.env);
  let server = await startServer({
    port: PORT,
    env: database.env,
    logFile: ".data/crash-server-1.log",
  });
  const { journalSave } = await signInAndRecord(server.url, DEMO_EMAIL, DEMO_PASSWORD, {
    recordJournalSave: true,
  });
  if (!journalSave) throw new Error("could not record a journal save");

  // Saves for days far in the past, so they don't collide with the seeded six months.
  const acknowledged: { date: string; pain: number }[] = [];
  let attempted = 0;
  let killed = false;
  const today = isoDateOf(new Date());
  let n = 0;
  const writer = async () => {
    while (!killed) {
      const i = n++;
      const date = addDays(today, -(400 + i));
      const pain = i % 11;
      const body = journalSaveBody(journalSave.body, { date, pain });
      attempted += 1;
      try {
        const res = await fetch(`${server.url}${journalSave.path}`, {
          method: "POST",
          headers: journalSave.headers,
          body,
        });
        const text = await res.text();
        if (res.status === 200 && text.includes('"status":"success"'))
          acknowledged.push({ date, pain });
      } catch {
        // the connection died with the server: not acknowledged
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);
  await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
  process.kill(server.pid, "SIGKILL");
  killed = true;
  await Promise.all(writers);
  console.log(
    `killed the server with SIGKILL after ${attempted} attempted and ${acknowledged.length} acknowledged saves`,
  );

  // The lock file still names the dead pid: the restart must take it over.
  // Checked, so a passing run proves a takeover rather than a clean start.
  const lockFile = lockFileFor(database.env.PGLITE_DIR!);
  const staleLockPid = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8")) : null;
  if (staleLockPid !== server.pid)
    throw new Error(
      `expected ${lockFile} to name the killed server ${server.pid}, found ${staleLockPid}`,
    );
  server = await startServer({
    port: PORT,
    env: database.env,
    logFile: ".data/crash-server-2.log",
  });
  const health = await fetch(`${server.url}/api/health`);
  await server.stop();

  Object.assign(process.env, database.env);
  const { getDb, closeDb } = await import("@/db");
  const { journalEntries } = await import("@/db/schema");
  const rows = await (
    await getDb()
  )
    .select({ date: journalEntries.entryDate, pain: journalEntries.pain })
    .from(journalEntries);
  await closeDb();
  const stored = new Map(rows.map((r) => [r.date, r.pain]));
  const lost = acknowledged.filter((a) => stored.get(a.date) !== a.pain);

  const report = {
    when: new Date().toISOString(),
    attempted,
    acknowledged: acknowledged.length,
    lost: lost.length,
    staleLockPid,
    reopenedHealthy: health.ok,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(path.join("bench/results", "crash.json"), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report));
  await database.cleanup();
  const ok = health.ok && lost.length === 0 && acknowledged.length > 0;
  console.log(ok ? "crash test passed" : "CRASH TEST FAILED");
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
