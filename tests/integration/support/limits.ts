import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { limiterKey, type LimitRule } from "@/server/rate-limit";

/** Sets a counter as if `points` attempts had been made (a full day of guesses costs one statement). */
export async function setCounter(
  rule: LimitRule,
  subject: string,
  points = rule.points,
): Promise<void> {
  const db = await getDb();
  const key = limiterKey(rule, subject);
  const expire = Date.now() + rule.durationSeconds * 1000;
  await db.execute(
    sql`insert into rate_limits (key, points, expire) values (${key}, ${points}, ${expire})
        on conflict (key) do update set points = excluded.points, expire = excluded.expire`,
  );
}

/** Ends a counter's window now, as if its time had passed. */
export async function expireCounter(rule: LimitRule, subject: string): Promise<void> {
  const db = await getDb();
  await db.execute(
    sql`update rate_limits set expire = ${Date.now() - 1} where key = ${limiterKey(rule, subject)}`,
  );
}

/** The points a counter holds now (0 when it has none). */
export async function pointsOf(rule: LimitRule, subject: string): Promise<number> {
  const db = await getDb();
  const { rows } = await db.execute<{ points: number }>(
    sql`select points from rate_limits where key = ${limiterKey(rule, subject)} and (expire is null or expire > ${Date.now()})`,
  );
  return rows[0]?.points ?? 0;
}
