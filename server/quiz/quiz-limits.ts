import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { sqlClientOf } from "@/db/sql-client";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { createLimiter, type Attempt, type LimitRule, type Limiter } from "@/server/rate-limit";

// Guest results are rows anyone can create without an account. A person
// retaking the quiz a few times is normal; a script storing thousands is
// not. Counted per address on the shared rate_limits table, so every app
// instance counts together. Members are not limited: they are known.
export const GUEST_QUIZ_RULE = { name: "quiz-guest-ip-hour", points: 30, durationSeconds: 60 * 60 } as const satisfies LimitRule;

const byDatabase = new WeakMap<object, Limiter>();

export async function attemptGuestQuiz(): Promise<Attempt> {
  const db = await getDb();
  let limiter = byDatabase.get(db);
  if (!limiter) {
    limiter = createLimiter(GUEST_QUIZ_RULE, sqlClientOf(db), { enabled: !env.RATE_LIMIT_DISABLED });
    byDatabase.set(db, limiter);
  }
  return limiter.attempt(clientIp(await headers()));
}
