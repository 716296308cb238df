import type { Database } from "./client";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Runs a write that must not happen twice (an insert with no natural key: a
 * comment, a quiz result) as a transaction of its own. After a lost
 * connection the pool retries a lone statement even if it may have committed
 * (db/retrying-pool.ts), which would store the row twice; a transaction is
 * run again only when its COMMIT was never sent, so the row is stored once.
 */
export function writeOnce<T>(db: Database, write: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(write);
}
