import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { emailOutbox, users } from "@/db/schema";
import { registerMember } from "@/server/auth/register";
import {
  COMMON_PASSWORD_MESSAGE,
  PERSONAL_PASSWORD_MESSAGE,
  withPasswordPolicy,
} from "@/server/auth/password-policy";
import { env } from "@/lib/env";
import { RULES } from "@/server/rate-limit";
import { SignUpSchema } from "@/lib/validations/auth";
import { setCounter } from "./support/limits";

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

async function outboxFor(to: string) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
}

describe("signing up", () => {
  it("creates a member with an Argon2id hash and queues a welcome email in the same transaction", async () => {
    const result = await registerMember({
      name: "Wren Welcome",
      email: "Wren@Example.test",
      password: "gentle morning stretches",
      ip: freshIp(),
    });
    expect(result.status).toBe("created");
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.email, "wren@example.test"));
    expect(row).toMatchObject({ name: "Wren Welcome", role: "member", sessionVersion: 0 });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const emails = await outboxFor("wren@example.test");
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: "welcome", userId: row?.id });
  });

  it("with a registered email changes nothing and emails the owner a notice instead", async () => {
    await registerMember({
      name: "First Owner",
      email: "owner@example.test",
      password: "first owners passphrase",
      ip: freshIp(),
    });
    const db = await getDb();
    const [before] = await db.select().from(users).where(eq(users.email, "owner@example.test"));
    const result = await registerMember({
      name: "Second Try",
      email: " OWNER@example.test ".trim(),
      password: "someone elses passphrase",
      ip: freshIp(),
    });
    expect(result).toEqual({ status: "existing" });
    const [after] = await db.select().from(users).where(eq(users.email, "owner@example.test"));
    expect(after).toEqual(before);
    const notices = await db
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.toAddress, "owner@example.test"),
          eq(emailOutbox.kind, "sign-up-existing"),
        ),
      );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.textBody).toContain("/forgot-password");
  });

  it("F11: mails an unconfirmed address only our own words and links, never the name typed at sign-up", async () => {
    const name = "your account is on hold - verify now at https://lbpfix-support.example/verify";
    await registerMember({
      name,
      email: "someone-elses@example.test",
      password: "their own passphrase",
      ip: freshIp(),
    });
    await registerMember({
      name,
      email: "someone-elses@example.test",
      password: "their own passphrase",
      ip: freshIp(),
    });
    const mails = await outboxFor("someone-elses@example.test");
    expect(mails.map((m) => m.kind).sort()).toEqual(["sign-up-existing", "welcome"]);
    for (const mail of mails) {
      expect(mail.textBody).not.toMatch(/on hold|lbpfix-support/);
      for (const link of mail.textBody.match(/https?:\/\/\S+/g) ?? [])
        expect(link.startsWith(env.SITE_URL)).toBe(true);
    }
  });

  it("F7: lets a whole class behind one address sign up, and limits one address to 100 an hour", async () => {
    const ip = freshIp();
    await setCounter(RULES.signUpIp, ip, RULES.signUpIp.points - 30);
    for (let i = 0; i < 30; i++) {
      expect(
        (
          await registerMember({
            name: "Class Member",
            email: `pupil${i}@example.test`,
            password: "bulk sign up passphrase",
            ip,
          })
        ).status,
      ).toBe("created");
    }
    expect(
      await registerMember({
        name: "Bulk",
        email: "bulk-over@example.test",
        password: "bulk sign up passphrase",
        ip,
      }),
    ).toEqual({ status: "throttled" });
    const db = await getDb();
    const [{ n }] = (
      await db.execute(
        sql`select count(*)::int as n from users where email = 'bulk-over@example.test'`,
      )
    ).rows as [{ n: number }];
    expect(n).toBe(0);
  });

  it("F8: sends one address at most 3 sign-up mails a day (welcome included), silently", async () => {
    await registerMember({
      name: "Owner",
      email: "popular@example.test",
      password: "owners own passphrase",
      ip: freshIp(),
    });
    for (let i = 0; i < 6; i++) {
      expect(
        await registerMember({
          name: "Prober",
          email: "popular@example.test",
          password: "probing passphrase",
          ip: freshIp(),
        }),
      ).toEqual({ status: "existing" });
    }
    expect((await outboxFor("popular@example.test")).map((m) => m.kind).sort()).toEqual([
      "sign-up-existing",
      "sign-up-existing",
      "welcome",
    ]);
  });
});

describe("the server's password rules", () => {
  const schema = withPasswordPolicy(SignUpSchema, "password", (v) => ({
    email: v.email,
    name: v.name,
  }));
  const errorsOf = (input: Record<string, string>) => {
    const parsed = schema.safeParse(input);
    return parsed.success
      ? []
      : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("refuse common passwords, whatever their case, alongside every other field error", () => {
    expect(errorsOf({ name: "", email: "not-an-email", password: "Password123" })).toEqual([
      "name: Enter your name.",
      "email: Enter an email address like name@example.com.",
      `password: ${COMMON_PASSWORD_MESSAGE}`,
    ]);
    expect(errorsOf({ name: "Al", email: "al@example.test", password: "iloveyou2" })).toEqual([
      `password: ${COMMON_PASSWORD_MESSAGE}`,
    ]);
  });

  it("refuse the member's own email or name as the password", () => {
    expect(
      errorsOf({
        name: "Marguerite",
        email: "marguerite@example.test",
        password: "marguerite@example.test",
      }),
    ).toEqual([`password: ${PERSONAL_PASSWORD_MESSAGE}`]);
    expect(
      errorsOf({ name: "Bartholomew", email: "b@example.test", password: "Bartholomew" }),
    ).toEqual([`password: ${PERSONAL_PASSWORD_MESSAGE}`]);
  });

  it("accept long passphrases of any characters, up to 128, without composition rules", () => {
    expect(
      errorsOf({ name: "Al", email: "al@example.test", password: "correct horse battery staple" }),
    ).toEqual([]);
    expect(errorsOf({ name: "Al", email: "al@example.test", password: "ääääüüüü 🙂 ok" })).toEqual(
      [],
    );
    const longest = "correct horse battery staple ".repeat(5).slice(0, 128);
    expect(errorsOf({ name: "Al", email: "al@example.test", password: longest })).toEqual([]);
    expect(errorsOf({ name: "Al", email: "al@example.test", password: `${longest}x` })).toEqual([
      "password: Use at most 128 characters.",
    ]);
    // One character repeated is no secret, however long (security F15).
    expect(errorsOf({ name: "Al", email: "al@example.test", password: "x".repeat(128) })).toEqual([
      "password: This password is too common. Try a longer phrase only you would think of.",
    ]);
    expect(errorsOf({ name: "Al", email: "al@example.test", password: "seven77" })).toEqual([
      "password: Use at least 8 characters (15 or more is better).",
    ]);
  });
});
