import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { emailOutbox, passwordResetTokens, users } from "@/db/schema";
import { findUserByCredentials } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import {
  isResetLinkUsable,
  requestPasswordReset,
  RESET_TOKEN_MINUTES,
  resetPassword,
} from "@/server/auth/password-reset";
import { verifySignIn } from "@/server/auth/verify-credentials";
import { hashToken } from "@/lib/auth/tokens";
import { RULES } from "@/server/rate-limit";
import { createUser } from "./factories";
import { setCounter } from "./support/limits";
import { latestResetToken } from "./support/outbox";

const OLD = "the old remembered passphrase";
const NEW = "a completely new passphrase";
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}`;

async function memberWithPassword() {
  return createUser({ passwordHash: await hashPassword(OLD) });
}

describe("password reset", () => {
  it("stores only a hash of the token, expiring in 30 minutes, and emails the link", async () => {
    const user = await memberWithPassword();
    expect(await requestPasswordReset({ email: user.email.toUpperCase(), ip: freshIp() })).toBe(
      "sent",
    );
    const token = await latestResetToken(user.email);
    const db = await getDb();
    const [row] = await db
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, user.id));
    expect(row?.tokenHash).toBe(hashToken(token));
    expect(row?.tokenHash).not.toContain(token);
    const minutes = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(RESET_TOKEN_MINUTES - 1);
    expect(minutes).toBeLessThanOrEqual(RESET_TOKEN_MINUTES + 0.1);
  });

  it("answers an unknown email the same way and writes nothing", async () => {
    const db = await getDb();
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
    expect(
      await requestPasswordReset({ email: "no-such-member@example.test", ip: freshIp() }),
    ).toBe("sent");
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox)).toEqual(before);
  });

  it("sets the new password once: the old one stops working, the link cannot be reused, other sessions end", async () => {
    const user = await memberWithPassword();
    await requestPasswordReset({ email: user.email, ip: freshIp() });
    const token = await latestResetToken(user.email);
    expect(await isResetLinkUsable(token)).toBe(true);

    expect(await resetPassword({ token, password: NEW })).toBe(true);
    expect(await findUserByCredentials({ email: user.email, password: OLD })).toBeNull();
    expect(await findUserByCredentials({ email: user.email, password: NEW })).toMatchObject({
      id: user.id,
      sessionVersion: 1,
    });

    expect(await isResetLinkUsable(token)).toBe(false);
    expect(await resetPassword({ token, password: "yet another passphrase" })).toBe(false);
    expect(await findUserByCredentials({ email: user.email, password: NEW })).not.toBeNull();

    const db = await getDb();
    const kinds = (
      await db
        .select({ kind: emailOutbox.kind })
        .from(emailOutbox)
        .where(eq(emailOutbox.userId, user.id))
    ).map((r) => r.kind);
    expect(kinds).toContain("password-changed");
  });

  it("refuses an expired token", async () => {
    const user = await memberWithPassword();
    await requestPasswordReset({ email: user.email, ip: freshIp() });
    const token = await latestResetToken(user.email);
    const db = await getDb();
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResetTokens.userId, user.id));
    expect(await isResetLinkUsable(token)).toBe(false);
    expect(await resetPassword({ token, password: NEW })).toBe(false);
    expect(await findUserByCredentials({ email: user.email, password: OLD })).not.toBeNull();
  });

  it("retires the member's other reset links when one is used", async () => {
    const user = await memberWithPassword();
    await requestPasswordReset({ email: user.email, ip: freshIp() });
    const first = await latestResetToken(user.email);
    await requestPasswordReset({ email: user.email, ip: freshIp() });
    const second = await latestResetToken(user.email);
    expect(second).not.toBe(first);
    expect(await resetPassword({ token: second, password: NEW })).toBe(true);
    expect(await resetPassword({ token: first, password: "sneaky other passphrase" })).toBe(false);
  });

  it("lifts the account-wide sign-in limit, since only the inbox's owner could reset", async () => {
    const user = await memberWithPassword();
    await setCounter(RULES.signInAccount, user.email); // a day of guesses from many addresses
    expect(await verifySignIn({ email: user.email, password: OLD, ip: freshIp() })).toMatchObject({
      status: "throttled",
    });
    await requestPasswordReset({ email: user.email, ip: freshIp() });
    await resetPassword({ token: await latestResetToken(user.email), password: NEW });
    expect(await verifySignIn({ email: user.email, password: NEW, ip: freshIp() })).toMatchObject({
      status: "ok",
    });
  });

  it("sends at most 3 emails per address an hour, silently", async () => {
    const user = await memberWithPassword();
    for (let i = 0; i < 5; i++)
      expect(await requestPasswordReset({ email: user.email, ip: freshIp() })).toBe("sent");
    const db = await getDb();
    const resets = await db
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, user.id));
    expect(resets).toHaveLength(3);
  });

  it("F7: lets many people behind one address reset, and limits one address to 100 requests an hour", async () => {
    const ip = freshIp();
    await setCounter(RULES.resetIp, ip, RULES.resetIp.points - 10);
    for (let i = 0; i < 10; i++)
      expect(await requestPasswordReset({ email: `someone${i}@example.test`, ip })).toBe("sent");
    expect(await requestPasswordReset({ email: "one-too-many@example.test", ip })).toBe(
      "throttled",
    );
  });

  it("keeps the users table consistent: a reset of a deleted member does nothing", async () => {
    const user = await memberWithPassword();
    await requestPasswordReset({ email: user.email, ip: freshIp() });
    const token = await latestResetToken(user.email);
    const db = await getDb();
    await db.delete(users).where(eq(users.id, user.id));
    expect(await resetPassword({ token, password: NEW })).toBe(false);
  });
});
