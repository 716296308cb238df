// Starts a production server for the Playwright suite on a database of its
// own: a fresh Postgres database when DATABASE_URL is set, else a fresh PGlite
// directory. Fixture accounts are written before the server takes the
// database, and the server log is kept where tests can read what the
// development mailer printed (reset links).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createFreshPostgres } from "../tests/integration/fresh-database";

const port = process.env.E2E_PORT ?? "3100";
const runDir = path.resolve(".data/e2e");

async function prepareDatabase(): Promise<{
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}> {
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  if (process.env.DATABASE_URL) {
    const fresh = await createFreshPostgres(process.env.DATABASE_URL, "lbpfix_e2e");
    return { env: { DATABASE_URL: fresh.url }, cleanup: fresh.drop };
  }
  return {
    env: { DATABASE_URL: "", PGLITE_DIR: path.join(runDir, "pglite") },
    cleanup: async () => {},
  };
}

async function writeFixtures(env: Record<string, string>) {
  Object.assign(process.env, env);
  const { closeDb } = await import("@/db");
  const { writeE2eFixtures } = await import("../e2e/support/seed-fixtures");
  await writeE2eFixtures();
  await closeDb(); // hand the database to the server (PGlite allows one opener)
}

async function main() {
  const { env, cleanup } = await prepareDatabase();
  await writeFixtures(env);
  const log = fs.createWriteStream(path.join(runDir, "server.log"));
  // The reminders spec asks the server's job queue for a planning run through this database
  // (e2e/reminders.spec.ts); empty on the embedded database, which has no queue.
  fs.writeFileSync(path.join(runDir, "database-url"), env.DATABASE_URL ?? "");
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
  server.stderr.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    log.write(chunk);
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  server.on("exit", (code) => {
    void cleanup().finally(() => process.exit(code ?? 0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
