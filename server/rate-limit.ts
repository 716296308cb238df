import "server-only";
import { createHmac } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db";
import { sqlClientOf, type SqlClient } from "@/db/sql-client";
import { env } from "@/lib/env";

// Abuse limits kept in Postgres (the rate_limits table), so every app
// instance on one database shares the same counters. Each attempt is counted
// atomically *before* the work it guards, so parallel guesses cannot slip
// past the limit; a success gives its point back (or clears the counter).
// Keys are HMACs: the table never holds an email or an IP. The numbers, and
// why they are sized for many people behind one address, are in decision
// record 0005.

export type LimitRule = { name: string; points: number; durationSeconds: number };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const RULES = {
  /** Failed sign-ins per address, across accounts: a generous daily cap, checked first. */
  signInIp: { name: "signin-ip-day", points: 1000, durationSeconds: DAY },
  /**
   * Failed sign-ins per (account, address) pair, in growing windows: 5 typos
   * wait out 15 minutes, persistent guessing an hour, then the day. Cleared
   * by a successful sign-in from the pair.
   */
  signInPair: { name: "signin-pair-15m", points: 5, durationSeconds: 15 * MINUTE },
  signInPairHour: { name: "signin-pair-1h", points: 10, durationSeconds: HOUR },
  signInPairDay: { name: "signin-pair-1d", points: 20, durationSeconds: DAY },
  /**
   * Failed sign-ins per account from any address (NIST SP 800-63B's ceiling
   * of 100). Beyond it only networks the owner has signed in from before
   * (signInKnownNetwork) may keep trying, so many addresses cannot guess
   * without bound and cannot lock the owner out of their usual networks.
   */
  signInAccount: { name: "signin-account-1d", points: 100, durationSeconds: DAY },
  /** A (account, address) pair that signed in successfully: a marker, not a limit. */
  signInKnownNetwork: { name: "signin-known", points: 1, durationSeconds: 90 * DAY },
  /** Sign-up attempts per address. */
  signUpIp: { name: "signup-ip-1h", points: 100, durationSeconds: HOUR },
  signUpIpDay: { name: "signup-ip-1d", points: 500, durationSeconds: DAY },
  /**
   * Sign-ups with one email address a day (the welcome counts too); beyond
   * it the owner gets no more "someone tried to sign up" notices, silently.
   */
  signUpNotice: { name: "signup-notice", points: 3, durationSeconds: DAY },
  /** Reset requests per address; beyond it the form says "too many requests". */
  resetIp: { name: "reset-ip-1h", points: 100, durationSeconds: HOUR },
  /** Reset emails per email address; beyond it we silently send nothing more. */
  resetAccount: { name: "reset-account-1h", points: 3, durationSeconds: HOUR },
  /** Wrong current passwords on /account (change email/password, delete) per member. */
  passwordCheck: { name: "password-check", points: 5, durationSeconds: 15 * MINUTE },
  /** Email-change requests per member (visible to them). */
  emailChangeMember: { name: "email-change-member", points: 5, durationSeconds: DAY },
  /** Email-change mails per target address; beyond it the request is stored but nothing is sent. */
  emailChangeTarget: { name: "email-change-target", points: 3, durationSeconds: DAY },
  /**
   * Guest quiz results per address: a person retaking the quiz a few times is normal, a script
   * storing thousands of rows is not. Members are not limited: they are known.
   */
  guestQuiz: { name: "quiz-guest-ip-hour", points: 30, durationSeconds: HOUR },
  /** Comments per address: generous for a lively discussion, tight for a script. */
  commentBurst: { name: "comment-ip-10min", points: 5, durationSeconds: 10 * MINUTE },
  commentDaily: { name: "comment-ip-day", points: 20, durationSeconds: DAY },
  /**
   * Opening shared visit packs (/r/…) per address: a clinic behind one address opening a few
   * packs and reloading is far below it; a script scraping or guessing tokens is not.
   */
  shareView: { name: "share-view-ip-10min", points: 300, durationSeconds: 10 * MINUTE },
} as const satisfies Record<string, LimitRule>;

export type Attempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type Limiter = {
  /** Counts one attempt; refused once the rule's points are used up in the window. */
  attempt(subject: string): Promise<Attempt>;
  /** Gives back the point a successful attempt took. */
  refund(subject: string): Promise<void>;
  /** Forgets the subject's counter (e.g. after a successful sign-in). */
  clear(subject: string): Promise<void>;
  /** Sets a marker for the subject that lasts the rule's whole window from now. */
  mark(subject: string): Promise<void>;
  /** Whether the subject has a live counter or marker. */
  has(subject: string): Promise<boolean>;
};

export function limiterKey(rule: LimitRule, subject: string): string {
  const digest = createHmac("sha256", env.AUTH_SECRET)
    .update(subject.trim().toLowerCase())
    .digest("base64url");
  return `${rule.name}:${digest}`;
}

const ALWAYS: Limiter = {
  attempt: () => Promise.resolve({ allowed: true }),
  refund: () => Promise.resolve(),
  clear: () => Promise.resolve(),
  mark: () => Promise.resolve(),
  has: () => Promise.resolve(false),
};

/** A limiter on the given SQL client; exported so tests can run two "instances". */
export function createLimiter(
  rule: LimitRule,
  client: SqlClient,
  { enabled = true }: { enabled?: boolean } = {},
): Limiter {
  if (!enabled) return ALWAYS;
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
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          };
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
    async mark(subject) {
      await store.block(key(subject), rule.durationSeconds);
    },
    async has(subject) {
      const res = await store.get(key(subject));
      return res !== null && res.consumedPoints > 0;
    },
  };
}

/** Several limiters counting the same attempt (growing windows): refused if any refuses. */
export function allOf(...parts: Limiter[]): Limiter {
  return {
    async attempt(subject) {
      const answers = await Promise.all(parts.map((p) => p.attempt(subject)));
      const waits = answers.flatMap((a) => (a.allowed ? [] : [a.retryAfterSeconds]));
      return waits.length
        ? { allowed: false, retryAfterSeconds: Math.max(...waits) }
        : { allowed: true };
    },
    async refund(subject) {
      await Promise.all(parts.map((p) => p.refund(subject)));
    },
    async clear(subject) {
      await Promise.all(parts.map((p) => p.clear(subject)));
    },
    async mark(subject) {
      await Promise.all(parts.map((p) => p.mark(subject)));
    },
    async has(subject) {
      return (await Promise.all(parts.map((p) => p.has(subject)))).some(Boolean);
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
