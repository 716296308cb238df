import "server-only";
import { getDb } from "@/db";
import { sqlClientOf } from "@/db/sql-client";
import { env } from "@/lib/env";
import { createLimiter, type Attempt, type LimitRule, type Limiter } from "@/server/rate-limit";

// Per-IP comment limits on the shared rate_limits table (server/rate-limit.ts),
// so every app instance counts together. Generous enough for a person in a
// lively discussion, tight enough that a script gets little through.
const RULES = {
  burst: { name: "comment-ip-10min", points: 5, durationSeconds: 10 * 60 },
  daily: { name: "comment-ip-day", points: 20, durationSeconds: 24 * 60 * 60 },
} as const satisfies Record<string, LimitRule>;

const byDatabase = new WeakMap<object, Limiter[]>();

/** Counts one comment from this address against both windows. */
export async function attemptComment(ip: string): Promise<Attempt> {
  const db = await getDb();
  let built = byDatabase.get(db);
  if (!built) {
    const client = sqlClientOf(db);
    built = Object.values(RULES).map((rule) =>
      createLimiter(rule, client, { enabled: !env.RATE_LIMIT_DISABLED }),
    );
    byDatabase.set(db, built);
  }
  for (const limiter of built) {
    const attempt = await limiter.attempt(ip);
    if (!attempt.allowed) return attempt;
  }
  return { allowed: true };
}
