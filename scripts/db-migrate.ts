// `npm run db:migrate`: applies drizzle-kit migrations to the configured
// database. On Postgres it holds an advisory lock, so several app instances
// (or this script and a starting server) never migrate at the same time.
import { closeDb, databaseDriver, getDb } from "@/db";

async function main() {
  await getDb(); // opening migrates, on either driver
  console.log(`Migrations applied (${databaseDriver()}).`);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
