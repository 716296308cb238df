import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { SIGN_IN_FLOOR_MS, signInPair, verifySignIn } from "@/server/auth/verify-credentials";
import { env } from "@/lib/env";
import { RULES } from "@/server/rate-limit";
import { createUser } from "./factories";
import { expireCounter, pointsOf, setCounter } from "./support/limits";

// Signing in with email and password, with the real Postgres-backed limits
// (rate-limiter-flexible's login-protection pattern, decision record 0005).
// Tests named F4/F7 are the security review's findings: lockout abuse, and
// one person's typos locking out everyone behind a shared address.

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
    const result = await verifySignIn({
      email: ` ${user.email.toUpperCase()} `,
      password: PASSWORD,
      ip: freshIp(),
    });
    expect(result).toMatchObject({
      status: "ok",
      user: { id: user.id, email: user.email, sessionVersion: 0 },
    });
    expect(JSON.stringify(result)).not.toContain("argon2");
  });

  it("answers a wrong password and an unknown email alike, in about the same time", async () => {
    const user = await member();
    // Warm the dummy hash so both paths are measured at steady state.
    await verifySignIn({
      email: "warm-up@example.test",
      password: "whatever it is",
      ip: freshIp(),
    });
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await timed(() =>
        verifySignIn({ email: user.email, password: `not the password ${i}`, ip: freshIp() }),
      );
      const b = await timed(() =>
        verifySignIn({
          email: `nobody-${i}@example.test`,
          password: `not the password ${i}`,
          ip: freshIp(),
        }),
      );
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

  it("refuses the 6th attempt after 5 wrong passwords from one address, even with the right one, for up to 15 minutes", async () => {
    const user = await member();
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      expect(await verifySignIn({ email: user.email, password: `wrong ${i}`, ip })).toEqual({
        status: "invalid",
      });
    }
    const refused = await verifySignIn({ email: user.email.toUpperCase(), password: PASSWORD, ip });
    expect(refused).toMatchObject({ status: "throttled" });
    if (refused.status === "throttled") {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("F4: guesses from one address lock only that (account, address) pair: the owner elsewhere is never refused", async () => {
    const user = await member();
    const attacker = freshIp();
    for (let i = 0; i < 25; i++)
      await verifySignIn({
        email: i % 2 ? user.email : user.email.toUpperCase(),
        password: `guess ${i}`,
        ip: attacker,
      });
    expect(
      await verifySignIn({ email: user.email, password: PASSWORD, ip: attacker }),
    ).toMatchObject({ status: "throttled" });
    expect(
      await verifySignIn({ email: user.email, password: PASSWORD, ip: freshIp() }),
    ).toMatchObject({ status: "ok" });
  });

  it("F4: an address that is already blocked spends no account's points", async () => {
    const victims = [await member(), await member(), await member()];
    const attacker = freshIp();
    await setCounter(RULES.signInIp, attacker); // a day's worth of failures already
    for (const victim of victims) {
      for (let i = 0; i < 6; i++) {
        expect(
          await verifySignIn({ email: victim.email, password: `guess ${i}`, ip: attacker }),
        ).toMatchObject({ status: "throttled" });
      }
      expect(await pointsOf(RULES.signInAccount, victim.email)).toBe(0);
      expect(await pointsOf(RULES.signInPair, signInPair(victim.email, attacker))).toBe(0);
      expect(
        await verifySignIn({ email: victim.email, password: PASSWORD, ip: freshIp() }),
      ).toMatchObject({ status: "ok" });
    }
  });

  it("F4: grows the wait for a pair that keeps failing: 15 minutes after 5, the hour after 10", async () => {
    const user = await member();
    const ip = freshIp();
    const pair = signInPair(user.email, ip);
    for (let i = 0; i < 5; i++)
      await verifySignIn({ email: user.email, password: `typo ${i}`, ip });
    // Waiting (refused attempts) costs nothing: they are given back.
    for (let i = 0; i < 3; i++)
      expect(await verifySignIn({ email: user.email, password: `typo ${i}`, ip })).toMatchObject({
        status: "throttled",
      });
    expect(await pointsOf(RULES.signInPairHour, pair)).toBe(5);

    await expireCounter(RULES.signInPair, pair); // the 15 minutes are up
    for (let i = 5; i < 10; i++)
      expect(await verifySignIn({ email: user.email, password: `typo ${i}`, ip })).toEqual({
        status: "invalid",
      });
    await expireCounter(RULES.signInPair, pair);
    const refused = await verifySignIn({ email: user.email, password: PASSWORD, ip });
    expect(refused).toMatchObject({ status: "throttled" });
    if (refused.status === "throttled") expect(refused.retryAfterSeconds).toBeGreaterThan(15 * 60);
  });

  it("F4: beyond 100 failures a day from many addresses, only networks the owner signed in from before may try", async () => {
    const user = await member();
    const home = freshIp();
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: home })).toMatchObject({
      status: "ok",
    });
    await setCounter(RULES.signInAccount, user.email); // a botnet's 100 guesses
    expect(
      await verifySignIn({ email: user.email, password: PASSWORD, ip: freshIp() }),
    ).toMatchObject({ status: "throttled" });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip: home })).toMatchObject({
      status: "ok",
    });
  });

  it("F7: one person's typos behind a shared address refuse nobody else there", async () => {
    const shared = freshIp();
    const typist = await member();
    for (let i = 0; i < 6; i++)
      await verifySignIn({ email: typist.email, password: `typo ${i}`, ip: shared });
    const others = await Promise.all(Array.from({ length: 8 }, () => member()));
    for (const other of others) {
      expect(
        await verifySignIn({ email: other.email, password: `a slip ${other.id}`, ip: shared }),
      ).toEqual({ status: "invalid" });
      expect(
        await verifySignIn({ email: other.email, password: PASSWORD, ip: shared }),
      ).toMatchObject({ status: "ok" });
    }
  });

  it("throttles unknown emails the same way, so a lockout says nothing about registration", async () => {
    const ip = freshIp();
    const email = "ghost@example.test";
    for (let i = 0; i < 5; i++) await verifySignIn({ email, password: `guess ${i}`, ip });
    expect(await verifySignIn({ email, password: "guess 6", ip })).toMatchObject({
      status: "throttled",
    });
  });

  it("caps failures from one address across accounts at the day's limit, and only that address", async () => {
    const ip = freshIp();
    await setCounter(RULES.signInIp, ip, RULES.signInIp.points - 2);
    for (let i = 0; i < 2; i++)
      await verifySignIn({ email: `stuffing-${i}@example.test`, password: "password guess", ip });
    const user = await member();
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip })).toMatchObject({
      status: "throttled",
    });
    expect(
      await verifySignIn({ email: user.email, password: PASSWORD, ip: freshIp() }),
    ).toMatchObject({ status: "ok" });
  });

  it("forgets a pair's failures once its owner signs in", async () => {
    const user = await member();
    const ip = freshIp();
    for (let i = 0; i < 4; i++)
      await verifySignIn({ email: user.email, password: `typo ${i}`, ip });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip })).toMatchObject({
      status: "ok",
    });
    for (let i = 0; i < 4; i++)
      await verifySignIn({ email: user.email, password: `typo again ${i}`, ip });
    expect(await verifySignIn({ email: user.email, password: PASSWORD, ip })).toMatchObject({
      status: "ok",
    });
  });

  it("refuses accounts without a password (social sign-in only) like a wrong password", async () => {
    const user = await createUser({ passwordHash: null });
    expect(
      await verifySignIn({ email: user.email, password: "anything at all", ip: freshIp() }),
    ).toEqual({ status: "invalid" });
  });

  it("counts parallel guesses atomically: no more than 5 from one address get checked", async () => {
    const user = await member();
    const ip = freshIp();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        verifySignIn({ email: user.email, password: i === 11 ? PASSWORD : `parallel ${i}`, ip }),
      ),
    );
    expect(results.filter((r) => r.status !== "throttled")).toHaveLength(5);
  });
});
