import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";

// When Postgres restarts, the pool's open connections die and new ones are
// refused for a few seconds. Rather than turning that window into 5xx pages,
// work that failed for one of these reasons is retried on a fresh connection
// with backoff, within a time budget:
//
// - Getting a connection (pool.connect) is always retried: nothing was sent.
// - A single statement (pool.query, what drizzle uses outside transactions)
//   is retried. A refused or not-yet-accepting server (ECONNREFUSED, 57P03,
//   "not queryable") never saw it; a session the server terminated (57P01,
//   57P02) rolled it back. A socket that dies after the statement was sent
//   but before any answer ("Connection terminated unexpectedly", ECONNRESET)
//   is ambiguous: the statement may have committed, so the retry can apply a
//   write twice. That is harmless for the idempotent upserts the app's
//   frequent writes use; inserts that must not happen twice run as
//   transactions instead (db/write-once.ts). What can never happen is
//   success reported for a statement that failed.
// - A transaction runs on a checked-out client. It is retried as a whole
//   (its callback runs again on a new connection) only when its COMMIT was
//   never sent: until then the server cannot have committed it, because a
//   dropped session rolls back. A failure during COMMIT is ambiguous and is
//   thrown, so the caller reports an error rather than guessing.

const RETRYABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
]);
const NOT_SENT = /not queryable|not (yet )?connected/i;
const RETRYABLE_MESSAGES = [
  /Connection terminated/i,
  /connection error/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down)/i,
  NOT_SENT,
];

export const RETRY_BUDGET_MS = 20_000;

export function isRetryable(error: unknown): boolean {
  // drizzle wraps driver errors ("Failed query: …") with the driver's as the cause.
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: string }).code;
    if (code && RETRYABLE_CODES.has(code)) return true;
    if (RETRYABLE_MESSAGES.some((re) => re.test(e.message))) return true;
  }
  return false;
}

export async function withRetry<T>(
  run: () => Promise<T>,
  budgetMs = RETRY_BUDGET_MS,
  retryable: (error: unknown) => boolean = isRetryable,
): Promise<T> {
  const started = Date.now();
  let delay = 100;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!retryable(error) || Date.now() - started + delay > budgetMs) throw error;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}

type TransactionAttempt = { commitSent: boolean };
const currentAttempt = new AsyncLocalStorage<TransactionAttempt>();

/**
 * Runs a transaction (`run` opens, fills and commits it) and runs it again
 * after a connection failure, unless its COMMIT had been sent. The callback
 * must touch only the database: it may run more than once. (Email delivery,
 * which talks to a mail server, is why db/queries/outbox.ts sends outside
 * any transaction.)
 */
export function withTransactionRetry<T>(
  run: () => Promise<T>,
  budgetMs = RETRY_BUDGET_MS,
): Promise<T> {
  let attempt: TransactionAttempt = { commitSent: false };
  return withRetry(
    () => {
      attempt = { commitSent: false };
      return currentAttempt.run(attempt, run);
    },
    budgetMs,
    (error) => !attempt.commitSent && isRetryable(error),
  );
}

const watchesCommit = Symbol("lbpfix.watchesCommit");
type Queryable = { query: (...args: unknown[]) => unknown };

function queryText(arg: unknown): string | undefined {
  if (typeof arg === "string") return arg;
  if (typeof arg === "object" && arg !== null && "text" in arg && typeof arg.text === "string")
    return arg.text;
  return undefined;
}

/**
 * Prepares a client checked out of the pool for a transaction:
 * - its COMMIT is noted on the running attempt (see withTransactionRetry),
 *   unless the client refused it unsent;
 * - a connection lost while it is checked out (Postgres shutting down
 *   between two statements) is handled here. pg-pool listens for errors only
 *   on idle clients, so the client's 'error' event would otherwise be
 *   unhandled. The dead client is released to the pool at once, which drops
 *   it: drizzle sends BEGIN outside its try/finally, so a BEGIN that fails on
 *   a dead connection would otherwise keep the client checked out forever.
 *   The later release() by its user is then a no-op.
 */
export function guardCheckedOutClient<C extends pg.PoolClient>(client: C): C {
  const tagged = client as C & { [watchesCommit]?: true };
  if (!tagged[watchesCommit]) {
    tagged[watchesCommit] = true;
    const target = client as unknown as Queryable;
    const query = target.query.bind(client);
    target.query = (...args: unknown[]) => {
      const attempt = currentAttempt.getStore();
      const result = query(...args);
      if (!attempt || !/^\s*commit\b/i.test(queryText(args[0]) ?? "")) return result;
      attempt.commitSent = true;
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        if (error instanceof Error && NOT_SENT.test(error.message)) attempt.commitSent = false;
        throw error;
      });
    };
  }
  const release = client.release.bind(client);
  let released = false;
  const releaseOnce = (error?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener("error", onError);
    release(error);
  };
  const onError = (error: Error) => {
    console.error("[db] connection lost during a transaction:", error.message);
    releaseOnce(error);
  };
  client.on("error", onError);
  client.release = releaseOnce;
  return client;
}

/**
 * Makes the pool restart-safe as described above: its promise-returning
 * query() (what drizzle calls) and connect() (what drizzle's transactions
 * call) retry, and checked-out clients are guarded.
 */
export function retryPoolQueries(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const retrying = (...args: unknown[]) => {
    if (typeof args[args.length - 1] === "function") return query(...args); // callback form: untouched
    return withRetry(() => query(...args) as Promise<unknown>);
  };
  pool.query = retrying as typeof pool.query;

  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  const connectRetrying = (...args: unknown[]) => {
    // pool.query() checks out through the callback form and handles errors itself.
    if (typeof args[0] === "function") return connect(...args);
    return withRetry(() => connect() as Promise<pg.PoolClient>).then(guardCheckedOutClient);
  };
  pool.connect = connectRetrying as typeof pool.connect;
  return pool;
}
