import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { openPostgres, type DatabaseHandle } from "@/db/client";
import { sqlClientOf, type SqlClient } from "@/db/sql-client";
import { env } from "@/lib/env";
import { createLimiter, limiterKey, RULES } from "@/server/rate-limit";

// Counters live in Postgres, so app instances on one database share them.
// On Postgres (DATABASE_URL set) the second "instance" has its own
// connection pool, as a second server would; PGlite allows one opener, so
// there the two limiters share its single connection.

let second: DatabaseHandle | undefined;
afterAll(async () => {
  await second?.close();
});

async function twoInstances(): Promise<[SqlClient, SqlClient]> {
  const first = sqlClientOf(await getDb());
  if (!env.DATABASE_URL) return [first, sqlClientOf(await getDb())];
  second ??= openPostgres(env.DATABASE_URL, 2);
  return [first, sqlClientOf(second.db)];
}

describe("rate limits in Postgres", () => {
  it("are on in this test run", () => {
    expect(env.RATE_LIMIT_DISABLED).toBe(false);
  });

  it("are shared by two app instances: 5 failures across both, then both refuse", async () => {
    const [a, b] = await twoInstances();
    const instanceA = createLimiter(RULES.signInPair, a);
    const instanceB = createLimiter(RULES.signInPair, b);
    const subject = "shared@example.test";
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push(await (i % 2 === 0 ? instanceA : instanceB).attempt(subject));
    expect(answers.every((x) => x.allowed)).toBe(true);
    expect(await instanceA.attempt(subject)).toMatchObject({ allowed: false });
    expect(await instanceB.attempt(subject)).toMatchObject({ allowed: false });
    const refused = await instanceB.attempt(subject);
    if (!refused.allowed)
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(RULES.signInPair.durationSeconds);
  });

  it("count parallel attempts from both instances atomically", async () => {
    const [a, b] = await twoInstances();
    const instances = [
      createLimiter(RULES.passwordCheck, a),
      createLimiter(RULES.passwordCheck, b),
    ];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => instances[i % 2]!.attempt("203.0.113.99")),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(RULES.passwordCheck.points);
  });

  it("give a point back on refund and start over on clear", async () => {
    const [a] = await twoInstances();
    const limiter = createLimiter(RULES.passwordCheck, a);
    for (let i = 0; i < 5; i++) {
      await limiter.attempt("member-1");
      await limiter.refund("member-1");
    }
    expect(await limiter.attempt("member-1")).toEqual({ allowed: true });
    for (let i = 0; i < 5; i++) await limiter.attempt("member-2");
    expect((await limiter.attempt("member-2")).allowed).toBe(false);
    await limiter.clear("member-2");
    expect(await limiter.attempt("member-2")).toEqual({ allowed: true });
  });

  it("store HMAC keys: no email or IP in the table, and the key ignores case and spaces", async () => {
    const [a] = await twoInstances();
    await createLimiter(RULES.resetAccount, a).attempt("Private.Person@Example.test");
    const db = await getDb();
    const { rows } = await db.execute<{ key: string }>(
      (await import("drizzle-orm"))
        .sql`select key from rate_limits where key like 'reset-account-1h:%'`,
    );
    expect(rows.map((r) => r.key)).toContain(
      limiterKey(RULES.resetAccount, " private.person@example.test "),
    );
    expect(JSON.stringify(rows)).not.toMatch(/private|example/i);
  });

  it("can be switched off only by building limiters with enabled: false", async () => {
    const [a] = await twoInstances();
    const off = createLimiter(RULES.signUpIp, a, { enabled: false });
    for (let i = 0; i < 10; i++)
      expect(await off.attempt("198.51.100.200")).toEqual({ allowed: true });
  });
});
