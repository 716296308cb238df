import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { SIGN_IN_FLOOR_MS, verifySignIn } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { createUser } from "./factories";

// Signing in with email and password, with the real Postgres-backed limits.

const PASSWORD = "slow walks by the river";
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

async function member() {
  return createUser({ passwordHash: await hashPassword(PASSWORD) });
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe("signing in", () => {
  it("runs with the limits on", () => {
    expect(env.RATE_LIMIT_DISABLED).toBe(false);
  });

  it("accepts the right password, whatever the case of the email", async () => {
    const user = await member();
    const result = await verifySignIn({ email: ` ${user.email.toUpperCase()} `, password: PASSWORD, ip: freshIp() });
    expect(result).toMatchObject({ status: "ok", user: { id: user.id, email: user.email, sessionVersion: 0 } });
    expect(JSON.stringify(result)).not.toContain("argon2");
  });

  it("answers a wrong password and an unknown email alike, in about the same time", async () => {
    const user = await member();
    // Warm the dummy hash so both paths are measured at steady state.
    await verifySignIn({ email: "warm-up@example.test", password: "whatever it is", ip: freshIp() });
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await timed(() => verifySignIn({ email: user.email, password: `not the password ${i}`, ip: freshIp() }));
      const b = await timed(() => verifySignIn({ email: `nobody-${i}@example.test`, password: `not the password ${i}`, ip: freshIp() }));
      expect(a.result).toEqual({ status: "invalid" });
      expect(b.result).toEqual(a.result);
      wrong.push(a.ms);
      unknown.push(b.ms);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1]!;
    // Both are padded to the floor; what is left is noise on a shared machine.
    expect(Math.min(...wrong, ...unknown)).toBeGreaterThanOrEqual(SIGN_IN_FLOOR_MS - 5);
    expect(Math.abs(median(wrong) - median(unknown))).toBeLessThan(150);
  });

  it("refuses the 6th attempt after 5 wrong passwords even with the right one, from the same IP and from another", async () => {
    const user = await member();
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      expect(await verifySignIn({ email: user.email, password: `wrong ${i}`, ip })).toEqual({ status: "invalid" });
    }
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip })).toMatchObject({ status: "throttled" });
    const elsewhere = await verifySignIn({ email: user.email.toUpperCase(), password: PASSWORD, ip: freshIp() });
    expect(elsewhere).toMatchObject({ status: "throttled" });
    if (elsewhere.status === "throttled") {
      expect(elsewhere.retryAfterSeconds).toBeGreaterThan(0);
      expect(elsewhere.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("throttles unknown emails the same way, so a lockout says nothing about registration", async () => {
    const ip = freshIp();
    const email = "ghost@example.test";
    for (let i = 0; i < 5; i++) await verifySignIn({ email, password: `guess ${i}`, ip: freshIp() });
    expect(await verifySignIn({ email, password: "guess 6", ip })).toMatchObject({ status: "throttled" });
  });

  it("limits failures from one IP across accounts to 5 per window", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      await verifySignIn({ email: `stuffing-${i}@example.test`, password: "password guess", ip });
    }
    const user = await member();
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip })).toMatchObject({ status: "throttled" });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ status: "ok" });
  });

  it("forgets an account's failures once its owner signs in", async () => {
    const user = await member();
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await verifySignIn({ email: user.email, password: `typo ${i}`, ip });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip })).toMatchObject({ status: "ok" });
    for (let i = 0; i < 4; i++) await verifySignIn({ email: user.email, password: `typo again ${i}`, ip: freshIp() });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: freshIp() })).toMatchObject({ status: "ok" });
  });

  it("refuses accounts without a password (social sign-in only) like a wrong password", async () => {
    const user = await createUser({ passwordHash: null });
    expect(await verifySignIn({ email: user.email, password: "anything at all", ip: freshIp() })).toEqual({ status: "invalid" });
  });

  it("counts parallel guesses atomically: no more than 5 get checked", async () => {
    const user = await member();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => verifySignIn({ email: user.email, password: i === 11 ? PASSWORD : `parallel ${i}`, ip: freshIp() })),
    );
    expect(results.filter((r) => r.status !== "throttled")).toHaveLength(5);
  });
});
