import { env } from "@/lib/env";
import {
  migratePostgres,
  openPglite,
  openPostgres,
  type Database,
  type DatabaseHandle,
} from "./client";

export type { Database } from "./client";

// The one database client of the process. It opens lazily, on the first query,
// so `next build` (which imports route modules) never touches a database, and
// it is cached on globalThis so hot reload in development reuses it instead of
// opening the embedded database a second time.

type Cache = { handle?: Promise<DatabaseHandle> };
const globalCache = globalThis as typeof globalThis & { __lbpfixDb?: Cache };
const cache: Cache = (globalCache.__lbpfixDb ??= {});

async function open(): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await migratePostgres(env.DATABASE_URL);
    return openPostgres(env.DATABASE_URL, env.DATABASE_POOL_MAX);
  }
  return openPglite(env.PGLITE_DIR);
}

export function getDb(): Promise<Database> {
  cache.handle ??= open().catch((error: unknown) => {
    cache.handle = undefined; // let the next request try again
    throw error;
  });
  return cache.handle.then((h) => h.db);
}

export function databaseDriver(): "pg" | "pglite" {
  return env.DATABASE_URL ? "pg" : "pglite";
}

export async function closeDb(): Promise<void> {
  const handle = cache.handle;
  cache.handle = undefined;
  if (handle) await (await handle).close();
}
