import type { Database } from "./client";

// A minimal `query({ text, values })` client over whichever driver backs a
// Database, for libraries that speak raw SQL (rate-limiter-flexible's
// Postgres store). It reuses the app's one pool or PGlite instance rather
// than opening another connection. It lives beside client.ts instead of in
// it so the drivers' module keeps its API.

export type SqlQuery = { text: string; values?: unknown[]; name?: string };
export type SqlResult = { rows: Record<string, unknown>[]; rowCount: number };
export type SqlClient = { query(q: SqlQuery): Promise<SqlResult> };

type PgliteLike = {
  exec: unknown;
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }>;
};
type PoolLike = { query(config: SqlQuery): Promise<{ rows: unknown[]; rowCount: number | null }> };

function isPglite(client: unknown): client is PgliteLike {
  return typeof client === "object" && client !== null && "exec" in client && "query" in client;
}

export function sqlClientOf(db: Database): SqlClient {
  const client: unknown = (db as unknown as { $client: unknown }).$client;
  if (isPglite(client)) {
    return {
      async query({ text, values }) {
        // PGlite has no prepared-statement names; a SELECT reports its rows,
        // a write its affectedRows, and callers read either as rowCount.
        const result = await client.query(text, values);
        const rows = result.rows as Record<string, unknown>[];
        return { rows, rowCount: rows.length > 0 ? rows.length : (result.affectedRows ?? 0) };
      },
    };
  }
  const pool = client as PoolLike;
  return {
    async query(q) {
      const result = await pool.query(q);
      return {
        rows: result.rows as Record<string, unknown>[],
        rowCount: result.rowCount ?? result.rows.length,
      };
    },
  };
}
