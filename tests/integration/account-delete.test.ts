import { eq, like, or, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { exerciseDoseLevels, users, verificationTokens } from "@/db/schema";
import { requestEmailChange } from "@/db/queries/email-change";
import { idleState } from "@/lib/action-state";
import { hashPassword } from "@/lib/auth/password";
import { limiterKey, limiters, RULES } from "@/server/rate-limit";
import { createEverythingFor, createUser } from "./factories";
import { signInAs } from "./support/session";

// Deleting an account through the real server action, with the session and
// Next's request APIs standing in (support/two-members.ts): the id comes
// from the session only, so a form naming someone else changes nothing.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "198.51.100.7" })),
}));
vi.mock("@/server/email/deliver", () => ({ scheduleEmailDelivery: () => {} }));
// Auth.js itself needs a live request (the browser specs drive it).
vi.mock("@/server/auth/credentials-sign-in", () => ({
  signInWithPassword: () => Promise.resolve(null),
}));
vi.mock("@/auth", () => ({
  signOut: ({ redirectTo }: { redirectTo: string }) =>
    Promise.reject(Object.assign(new Error("signed out"), { redirectTo })),
  signIn: () => Promise.resolve(undefined),
}));

const { deleteAccountAction, updateNameAction } = await import("@/actions/account");

const PASSWORD = "a passphrase to delete with";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

async function memberWithEverything(name: string) {
  const row = await createUser({ name, passwordHash: await hashPassword(PASSWORD) });
  await createEverythingFor(row.id);
  const db = await getDb();
  await db.execute(
    sql`insert into accounts (user_id, type, provider, provider_account_id) values (${row.id}, 'oauth', 'google', ${`g-${row.id}`})`,
  );
  await requestEmailChange({
    userId: row.id,
    newEmail: `${row.id}@new.example.test`,
    tokenHash: `email-change-${row.id}`,
    expires: new Date(Date.now() + 3_600_000),
    target: {
      confirm: {
        to: `${row.id}@new.example.test`,
        subject: "Confirm",
        text: "x",
        kind: "email-change-confirm",
      },
      taken: { to: "x@example.test", subject: "Taken", text: "x", kind: "email-change-taken" },
    },
    notifyCurrent: (to) => ({ to, subject: "Changing", text: "x", kind: "email-change-requested" }),
  });
  return { id: row.id, name: row.name, email: row.email, role: "member" as const, dataVersion: 0 };
}

/** Rows anywhere that belong to the member: by user_id, pending email changes, rate-limit counters. */
async function rowsOf(member: { id: string; email: string }) {
  const db = await getDb();
  const { rows: tables } = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'user_id'`,
  );
  let total = 0;
  for (const { table_name } of tables) {
    const { rows } = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table_name)} where user_id = ${member.id}`,
    );
    total += rows[0]!.n;
  }
  total += (await db.select().from(users).where(eq(users.id, member.id))).length;
  total += (
    await db
      .select()
      .from(verificationTokens)
      .where(
        or(
          like(verificationTokens.identifier, `%${member.id}%`),
          eq(verificationTokens.identifier, member.email),
        ),
      )
  ).length;
  const keys = [
    limiterKey(RULES.signInAccount, member.email),
    limiterKey(RULES.resetAccount, member.email),
    limiterKey(RULES.signUpNotice, member.email),
    limiterKey(RULES.passwordCheck, member.id),
    limiterKey(RULES.emailChangeMember, member.id),
  ];
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from rate_limits where key in (${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )})`,
  );
  return total + rows[0]!.n;
}

async function outcome(run: () => Promise<unknown>) {
  return run().then(
    (state) => ({ state, redirectTo: undefined as string | undefined }),
    (error: { redirectTo?: string }) => {
      if (!error.redirectTo) throw error;
      return { state: undefined, redirectTo: error.redirectTo };
    },
  );
}

describe("deleting an account", () => {
  beforeEach(() => signInAs(null));

  it("with the wrong password deletes nothing and says which field is wrong", async () => {
    const me = await memberWithEverything("Careful Member");
    signInAs(me);
    const before = await rowsOf(me);
    const result = await outcome(() =>
      deleteAccountAction(idleState, form({ password: "not my password" })),
    );
    expect(result.state).toMatchObject({
      status: "error",
      fieldErrors: { password: ["That isn’t your current password."] },
    });
    // Everything is still there, plus the counter the failed check started.
    expect(await rowsOf(me)).toBe(before + 1);
  });

  it("with the password removes every row of the member, counters included, and nobody else's", async () => {
    const me = await memberWithEverything("Leaving Member");
    const other = await memberWithEverything("Staying Member");
    // Counters keyed by the leaving member's email and id.
    const limits = await limiters();
    await limits.signInAccount.attempt(me.email);
    await limits.resetAccount.attempt(me.email);
    await limits.passwordCheck.attempt(me.id);
    await limits.signUpNotice.attempt(me.email);
    await limits.emailChangeMember.attempt(me.id);
    const otherBefore = await rowsOf(other);
    expect(await rowsOf(me)).toBeGreaterThan(10);
    const db = await getDb();
    const doseLevelsOf = (userId: string) =>
      db.select().from(exerciseDoseLevels).where(eq(exerciseDoseLevels.userId, userId));
    expect(await doseLevelsOf(me.id)).toHaveLength(1);

    signInAs(me);
    // Naming the other member in the form changes nothing: the id comes from the session.
    const result = await outcome(() =>
      deleteAccountAction(idleState, form({ password: PASSWORD, userId: other.id, id: other.id })),
    );
    expect(result.redirectTo).toBe("/sign-in?reason=account-deleted");
    expect(await rowsOf(me)).toBe(0);
    // The guided sessions' dose levels go with the account (ON DELETE CASCADE).
    expect(await doseLevelsOf(me.id)).toEqual([]);
    expect(await doseLevelsOf(other.id)).toHaveLength(1);
    expect(await rowsOf(other)).toBe(otherBefore);
  });

  it("for a social-only account is confirmed by typing the account's email", async () => {
    const row = await createUser({ name: "Social Member", passwordHash: null });
    const me = {
      id: row.id,
      name: row.name,
      email: row.email,
      role: "member" as const,
      dataVersion: 0,
    };
    signInAs(me);
    expect(
      (await outcome(() => deleteAccountAction(idleState, form({ email: "someone@else.test" }))))
        .state,
    ).toMatchObject({ status: "error" });
    expect(
      (await outcome(() => deleteAccountAction(idleState, form({ email: me.email.toUpperCase() }))))
        .redirectTo,
    ).toBe("/sign-in?reason=account-deleted");
    expect(await rowsOf(me)).toBe(0);
  });
});

describe("account actions take no member id from the client", () => {
  it("updating the name with another member's id in the form changes only mine", async () => {
    const me = await memberWithEverything("Mine Before");
    const other = await memberWithEverything("Theirs");
    signInAs(me);
    const result = await updateNameAction(
      idleState,
      form({ name: "Mine After", userId: other.id, id: other.id }),
    );
    expect(result.status).toBe("success");
    const db = await getDb();
    const names = await db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(or(eq(users.id, me.id), eq(users.id, other.id)));
    expect(Object.fromEntries(names.map((n) => [n.id, n.name]))).toEqual({
      [me.id]: "Mine After",
      [other.id]: "Theirs",
    });
  });

  it("a guest is sent to sign in before any action runs", async () => {
    signInAs(null);
    await expect(updateNameAction(idleState, form({ name: "Guest" }))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT") as string,
    });
  });
});
