import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { emailOutbox, passwordResetTokens, users, verificationTokens } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "./factories";
import {
  extraFields,
  field,
  formOf,
  HUGE,
  hostileText,
  isExplainedError,
  isLocalPath,
  nulText,
  outcomeOf,
  RUNS,
  snapshot,
  toFormData,
  type Outcome,
} from "./support/hostile-arbitraries";
import { session as signedIn } from "./support/session";

// The account page's actions and the guest auth actions under hostile
// FormData. Sessions, cookies and Auth.js itself are stand-ins here (the
// browser specs drive the real ones): what is checked is that every answer is
// a state or a redirect that stays on this site, and that a refused payload
// changes no account, token or outgoing email.

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-only-secret-integration-only-0123";
});
vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));
vi.mock("next/headers", () => import("./support/hostile-request"));
vi.mock("next/navigation", () => import("./support/next-navigation"));
vi.mock("@/auth", () => import("./support/auth"));
// Auth.js's sign-in needs a live request; its answer is the only thing the actions use.
vi.mock("@/server/auth/credentials-sign-in", () => ({
  signInWithPassword: () => Promise.resolve(null),
}));
vi.mock("@/server/email/deliver", () => ({
  scheduleEmailDelivery: () => {},
  deliverOutbox: () => Promise.resolve(0),
}));

const account = await import("@/actions/account");
const guest = await import("@/actions/auth");

const PASSWORD = "correct horse battery staple";

/** Every account, token and queued email (the rate-limit counters are left out: a refused attempt counts). */
async function world(): Promise<string> {
  const db = await getDb();
  const [u, t, v, e] = await Promise.all([
    db.select().from(users).orderBy(users.id),
    db.select().from(passwordResetTokens).orderBy(passwordResetTokens.id),
    db
      .select()
      .from(verificationTokens)
      .orderBy(verificationTokens.identifier, verificationTokens.token),
    db.select().from(emailOutbox).orderBy(emailOutbox.id),
  ]);
  return snapshot({ u, t, v, e });
}

let memberId = "";
let memberEmail = "";

beforeAll(async () => {
  const member = await createUser({
    passwordHash: await hashPassword(PASSWORD),
    name: "Hostile Tester",
  });
  memberId = member.id;
  memberEmail = member.email;
  // Another account, so "taken email" and cross-account effects are reachable.
  await createUser({
    passwordHash: await hashPassword("another members passphrase"),
    email: "taken@example.test",
  });
});

beforeEach(() => {
  signedIn.user = { id: memberId, name: "Hostile Tester", email: memberEmail, role: "member" };
});

const emailLike = () =>
  fc.oneof(
    hostileText,
    fc.emailAddress(),
    fc.constantFrom(
      "taken@example.test",
      "TAKEN@example.test",
      " taken@example.test ",
      "a@b",
      "@example.test",
      "x@example.test\r\nBcc: y@evil.example",
      "💥@example.test",
      `${"a".repeat(250)}@example.test`,
    ),
  );
const passwordLike = () =>
  fc.oneof(
    hostileText,
    fc.constant(PASSWORD),
    fc.string({ minLength: 8, maxLength: 20 }),
    fc.constant("x".repeat(129)),
  );
const nextLike = () =>
  fc.oneof(
    hostileText,
    fc.constantFrom(
      "/journal",
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "/%2F%2Fevil.example",
      "/sign-in",
      "javascript:alert(1)",
      "/journal\r\nSet-Cookie: x=y",
    ),
  );

/** A refused outcome explains itself and changes nothing; a redirect stays on this site. */
function expectCleanAnswer(outcome: Outcome) {
  if (outcome.kind === "redirect") expect(isLocalPath(outcome.url)).toBe(true);
  else if (outcome.kind === "state" && outcome.status === "error")
    expect(isExplainedError(outcome)).toBe(true);
  else expect(outcome.kind).toBe("state");
}

describe("account actions with hostile input", () => {
  it("updateName: a state every time; only a valid name is stored, trimmed, and nothing else changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ name: field(hostileText) }, { requiredKeys: [] }),
        extraFields,
        async (fields, extra) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            account.updateNameAction(idleState, toFormData(fields, extra)),
          );
          expectCleanAnswer(outcome);
          const db = await getDb();
          if (outcome.kind === "state" && outcome.status === "error")
            expect(await world()).toBe(before);
          else {
            const rows = await db.select({ id: users.id, name: users.name }).from(users);
            const mine = rows.find((r) => r.id === memberId);
            expect(mine?.name?.length).toBeGreaterThan(0);
            expect(mine?.name?.length).toBeLessThanOrEqual(100);
            expect(mine?.name).toBe(mine?.name?.trim());
          }
        },
      ),
      RUNS,
    );
  });

  it("changeEmail: hostile addresses and passwords are refused with nothing sent or stored", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            email: field(emailLike()),
            currentPassword: field(passwordLike().filter((p) => p !== PASSWORD)),
          },
          { requiredKeys: [] },
        ),
        extraFields,
        async (fields, extra) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            account.changeEmailAction(idleState, toFormData(fields, extra)),
          );
          expectCleanAnswer(outcome);
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(await world()).toBe(before);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("changeEmail with the right password: any address is a clean answer, and the account email itself never changes", async () => {
    await fc.assert(
      fc.asyncProperty(emailLike(), async (email) => {
        const outcome = await outcomeOf(() =>
          account.changeEmailAction(idleState, formOf({ email, currentPassword: PASSWORD })),
        );
        expectCleanAnswer(outcome);
        const db = await getDb();
        const rows = await db.select({ id: users.id, email: users.email }).from(users);
        expect(rows.find((r) => r.id === memberId)?.email).toBe(memberEmail);
      }),
      { numRuns: 15 },
    );
  });

  it("confirmEmailChange: a hostile token is refused and changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ token: field(hostileText) }, { requiredKeys: [] }),
        async (fields) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            account.confirmEmailChangeAction(idleState, toFormData(fields)),
          );
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(isExplainedError(outcome)).toBe(true);
          expect(await world()).toBe(before);
        },
      ),
      RUNS,
    );
  });

  it("changePassword: without the current password nothing changes, whatever the new one is", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            currentPassword: field(passwordLike().filter((p) => p !== PASSWORD)),
            newPassword: field(passwordLike()),
          },
          { requiredKeys: [] },
        ),
        extraFields,
        async (fields, extra) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            account.changePasswordAction(idleState, toFormData(fields, extra)),
          );
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(isExplainedError(outcome)).toBe(true);
          expect(await world()).toBe(before);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("changePassword with the right current password: a huge, empty or repeated new password is a field error", async () => {
    for (const newPassword of [
      "x".repeat(HUGE),
      "",
      "short",
      "password123",
      ["a long enough one", "another long one"],
    ]) {
      const before = await world();
      const state = await account.changePasswordAction(
        idleState,
        formOf({ currentPassword: PASSWORD, newPassword }),
      );
      expect(state.status).toBe("error");
      expect(state.fieldErrors?.newPassword?.length).toBeGreaterThan(0);
      expect(await world()).toBe(before);
    }
  });

  it("deleteAccount: a wrong or hostile password deletes nothing; a password-less member must type their email", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            password: field(passwordLike().filter((p) => p !== PASSWORD)),
            email: field(emailLike()),
          },
          { requiredKeys: [] },
        ),
        extraFields,
        async (fields, extra) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            account.deleteAccountAction(idleState, toFormData(fields, extra)),
          );
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(isExplainedError(outcome)).toBe(true);
          expect(await world()).toBe(before);
        },
      ),
      { numRuns: 25 },
    );
    const social = await createUser({ name: "Social Only" });
    signedIn.user = { id: social.id, name: "Social Only", email: social.email, role: "member" };
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { email: field(emailLike()), password: field(hostileText) },
          { requiredKeys: [] },
        ),
        async (fields) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            account.deleteAccountAction(idleState, toFormData(fields)),
          );
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(await world()).toBe(before);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe("guest auth actions with hostile input", () => {
  it("signUp: refused input creates no account and sends nothing; every redirect stays on this site", async () => {
    const seen = { created: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            name: field(hostileText),
            email: field(emailLike()),
            password: field(passwordLike()),
            next: field(nextLike()),
          },
          { requiredKeys: [] },
        ),
        extraFields,
        async (fields, extra) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            guest.signUpAction(idleState, toFormData(fields, extra)),
          );
          expectCleanAnswer(outcome);
          if (outcome.kind === "state" && outcome.status === "error") {
            seen.refused += 1;
            expect(await world()).toBe(before);
          } else seen.created += 1;
          const db = await getDb();
          const admins = await db.select({ id: users.id, role: users.role }).from(users);
          expect(admins.every((u) => u.role === "member")).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("signUp with a valid account and a hostile next: the redirect never leaves the site", async () => {
    await fc.assert(
      fc.asyncProperty(nextLike(), async (next) => {
        const email = `next.${Math.random().toString(36).slice(2)}@example.test`;
        const outcome = await outcomeOf(() =>
          guest.signUpAction(
            idleState,
            formOf({ name: "New Member", email, password: "a calm long passphrase", next }),
          ),
        );
        expect(outcome.kind).toBe("redirect");
        if (outcome.kind === "redirect") expect(isLocalPath(outcome.url)).toBe(true);
      }),
      { numRuns: 12 },
    );
  });

  it("signIn, forgot password and social sign-in: a state or a local redirect, and nothing written but reset tokens for real addresses", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            email: field(emailLike()),
            password: field(passwordLike()),
            next: field(nextLike()),
            provider: field(
              fc.oneof(hostileText, fc.constantFrom("google", "github", "credentials")),
            ),
          },
          { requiredKeys: [] },
        ),
        async (fields) => {
          const beforeUsers = snapshot(
            await (await getDb()).select().from(users).orderBy(users.id),
          );
          for (const run of [
            () => guest.signInAction(idleState, toFormData(fields)),
            () => guest.forgotPasswordAction(idleState, toFormData(fields)),
            () => guest.signInWithProviderAction(undefined, toFormData(fields)),
          ]) {
            expectCleanAnswer(await outcomeOf(run));
          }
          expect(snapshot(await (await getDb()).select().from(users).orderBy(users.id))).toBe(
            beforeUsers,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it("resetPassword: a hostile or unknown token changes no password and uses no token", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { token: field(hostileText), password: field(passwordLike()) },
          { requiredKeys: [] },
        ),
        extraFields,
        async (fields, extra) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            guest.resetPasswordAction(idleState, toFormData(fields, extra)),
          );
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(isExplainedError(outcome)).toBe(true);
          expect(await world()).toBe(before);
        },
      ),
      RUNS,
    );
  });
});

// Fixed in c446c78 (NameSchema refuses control characters); these were `it.fails` until then.
describe("NUL characters in names", () => {
  it("a NUL in the member's name is a field error, not a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        nulText.filter((s) => s.trim().length > 1),
        async (name) => {
          const before = await world();
          const outcome = await outcomeOf(() =>
            account.updateNameAction(idleState, formOf({ name })),
          );
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(await world()).toBe(before);
        },
      ),
      { numRuns: 5, endOnFailure: true },
    );
  });

  it("a NUL in a new member's name is a field error, not a 500, and no account is made", async () => {
    await fc.assert(
      fc.asyncProperty(
        nulText.filter((s) => s.trim().length > 1),
        async (name) => {
          const before = await world();
          const email = `nul.${Math.random().toString(36).slice(2)}@example.test`;
          const outcome = await outcomeOf(() =>
            guest.signUpAction(
              idleState,
              formOf({ name, email, password: "a calm long passphrase" }),
            ),
          );
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(await world()).toBe(before);
        },
      ),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
