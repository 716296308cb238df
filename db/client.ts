import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase } from "drizzle-orm/pg-core";
import pg from "pg";
import { acquirePgliteLock } from "./pglite-lock";
import { retryPoolQueries, withTransactionRetry } from "./retrying-pool";
import * as schema from "./schema";

// Both drivers speak the same Postgres dialect, so the app sees one type.
// Raw `execute()` results expose `.rows` on both; PGlite has no `rowCount`,
// so writes that need to know what they touched use `.returning()`.
export type Database = PgDatabase<NodePgQueryResultHKT, typeof schema>;

export type DatabaseHandle = { db: Database; close: () => Promise<void>; driver: "pg" | "pglite" };

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any constant works; it only has to be the same for every instance.
const MIGRATION_LOCK_KEY = 7_305_118_842;

export function openPostgres(url: string, poolMax = 10): DatabaseHandle {
  const pool = retryPoolQueries(
    new pg.Pool({ connectionString: url, max: poolMax, idleTimeoutMillis: 30_000 }),
  );
  // A dropped connection (e.g. Postgres restarting) must not crash the server;
  // the pool discards the client and the next query gets a fresh one.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  // A transaction cut off by a restart before its COMMIT is run again (see retrying-pool.ts).
  const transaction = db.transaction.bind(db);
  db.transaction = ((...args: Parameters<typeof transaction>) =>
    withTransactionRetry(() => transaction(...args))) as typeof db.transaction;
  return { db, driver: "pg", close: () => pool.end() };
}

/** Applies migrations under an advisory lock so concurrent starters take turns. */
export async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** Opens (and migrates) an embedded database; `memory://` for tests. */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => {} : acquirePgliteLock(dataDir);
  try {
    const client = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir));
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
