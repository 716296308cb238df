import type pg from "pg";

// When Postgres restarts, the pool's open connections die and new ones are
// refused for a few seconds. Rather than turning that window into 5xx pages,
// a query that failed for one of these reasons is retried on a fresh
// connection with backoff. Each listed failure means the statement did not
// commit: it was refused before it was sent (connection refused, server
// starting up) or aborted by the server's shutdown, which rolls back
// in-flight work. Queries inside a transaction run on a checked-out client
// and are not retried here (the transaction fails as a whole).

const RETRYABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
const RETRYABLE_MESSAGES = [/Connection terminated/i, /connection error/i, /terminating connection/i, /the database system is (starting up|shutting down)/i];

export const RETRY_BUDGET_MS = 20_000;

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (code && RETRYABLE_CODES.has(code)) return true;
  return RETRYABLE_MESSAGES.some((re) => re.test(error.message));
}

export async function withRetry<T>(run: () => Promise<T>, budgetMs = RETRY_BUDGET_MS): Promise<T> {
  const started = Date.now();
  let delay = 100;
  for (;;) {
    try {
      return await run();
    } catch (error) {
      if (!isRetryable(error) || Date.now() - started + delay > budgetMs) throw error;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}

/** Makes the pool's promise-returning query() (what drizzle calls) retry as above. */
export function retryPoolQueries(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const retrying = (...args: unknown[]) => {
    if (typeof args[args.length - 1] === "function") return query(...args); // callback form: untouched
    return withRetry(() => query(...args) as Promise<unknown>);
  };
  pool.query = retrying as typeof pool.query;
  return pool;
}
