import { afterAll, beforeAll } from "vitest";
import { createFreshPostgres } from "./fresh-database";

// Every integration test file gets its own freshly migrated database: a real
// Postgres database when DATABASE_URL is set (CI), else in-memory PGlite.
// The server URL is remembered once, because this file runs again for each
// test file in the same worker and DATABASE_URL is rewritten below.
process.env.LBPFIX_ADMIN_DATABASE_URL ??= process.env.DATABASE_URL ?? "";
const adminUrl = process.env.LBPFIX_ADMIN_DATABASE_URL;

let drop: (() => Promise<void>) | undefined;
if (adminUrl) {
  const fresh = await createFreshPostgres(adminUrl, "lbpfix_it");
  process.env.DATABASE_URL = fresh.url;
  drop = fresh.drop;
} else {
  process.env.DATABASE_URL = "";
  process.env.PGLITE_DIR = "memory://";
}

beforeAll(async () => {
  const { getDb } = await import("@/db");
  await getDb(); // opens and migrates
});

afterAll(async () => {
  const { closeDb } = await import("@/db");
  await closeDb();
  await drop?.();
});
