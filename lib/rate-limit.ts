import "server-only";
import { createHmac } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db";
import { sqlClientOf, type SqlClient } from "@/db/sql-client";
import { env } from "@/lib/env";

// Abuse limits kept in Postgres (the rate_limits table), so every app
// instance on one database shares the same counters. Each attempt is counted
// atomically *before* the work it guards, so parallel guesses cannot slip
// past the limit; a success gives its point back (or clears the account's
// counter). Keys are HMACs: the table never holds an email or an IP.

export type LimitRule = { name: string; points: number; durationSeconds: number };

const FIFTEEN_MINUTES = 15 * 60;

export const RULES = {
  /** Failed sign-ins per account, from any IP (OWASP ASVS 5: 5 per 15 min). */
  signInAccount: { name: "signin-account", points: 5, durationSeconds: FIFTEEN_MINUTES },
  /** Failed sign-ins per IP, across accounts. */
  signInIp: { name: "signin-ip", points: 5, durationSeconds: FIFTEEN_MINUTES },
  /** Sign-up attempts per IP. */
  signUpIp: { name: "signup-ip", points: 5, durationSeconds: FIFTEEN_MINUTES },
  /** Reset requests per IP; beyond it the form says "too many requests". */
  resetIp: { name: "reset-ip", points: 5, durationSeconds: FIFTEEN_MINUTES },
  /** Reset emails per address; beyond it we silently send nothing more. */
  resetAccount: { name: "reset-account", points: 3, durationSeconds: FIFTEEN_MINUTES },
  /** Wrong current passwords on /account (change email/password, delete) per member. */
  passwordCheck: { name: "password-check", points: 5, durationSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, LimitRule>;

export type Attempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type Limiter = {
  /** Counts one attempt; refused once the rule's points are used up in the window. */
  attempt(subject: string): Promise<Attempt>;
  /** Gives back the point a successful attempt took. */
  refund(subject: string): Promise<void>;
  /** Forgets the subject's counter (e.g. after a successful sign-in). */
  clear(subject: string): Promise<void>;
};

export function limiterKey(rule: LimitRule, subject: string): string {
  const digest = createHmac("sha256", env.AUTH_SECRET).update(subject.trim().toLowerCase()).digest("base64url");
  return `${rule.name}:${digest}`;
}

/** A limiter on the given SQL client; exported so tests can run two "instances". */
export function createLimiter(rule: LimitRule, client: SqlClient, { enabled = true }: { enabled?: boolean } = {}): Limiter {
  if (!enabled) {
    return { attempt: () => Promise.resolve({ allowed: true }), refund: () => Promise.resolve(), clear: () => Promise.resolve() };
  }
  const store = new RateLimiterPostgres({
    storeClient: client,
    storeType: "client",
    tableName: "rate_limits",
    tableCreated: true, // migrations own the table
    keyPrefix: "", // the key already names its rule
    points: rule.points,
    duration: rule.durationSeconds,
  });
  const key = (subject: string) => limiterKey(rule, subject);
  return {
    async attempt(subject) {
      try {
        await store.consume(key(subject));
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection; // a database error is not a reason to let guesses through
      }
    },
    async refund(subject) {
      await store.reward(key(subject), 1);
    },
    async clear(subject) {
      await store.delete(key(subject));
    },
  };
}

type Limiters = { [K in keyof typeof RULES]: Limiter };
const byDatabase = new WeakMap<object, Limiters>();

/** The app's limiters on the app's database, built once per database client. */
export async function limiters(): Promise<Limiters> {
  const db = await getDb();
  let built = byDatabase.get(db);
  if (!built) {
    const client = sqlClientOf(db);
    const enabled = !env.RATE_LIMIT_DISABLED;
    built = Object.fromEntries(
      Object.entries(RULES).map(([name, rule]) => [name, createLimiter(rule, client, { enabled })]),
    ) as Limiters;
    byDatabase.set(db, built);
  }
  return built;
}
