import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { emailOutbox } from "@/db/schema";
import { exportAccountData } from "@/db/queries/account";
import { idleState, type ActionState } from "@/lib/action-state";
import type { CurrentUser } from "@/server/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "./factories";
import { signInAs } from "./support/session";

// The email-change form through the real server action (the session and
// Next's request APIs stand in, as in account-delete.test.ts), against the
// security review's findings F5 (which addresses are registered showed in
// the data export) and F8 (unlimited mail to any address).

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));
vi.mock("@/server/email/deliver", () => ({ scheduleEmailDelivery: () => {} }));
// Auth.js itself needs a live request (the browser specs drive it).
vi.mock("@/server/auth/credentials-sign-in", () => ({
  signInWithPassword: () => Promise.resolve(null),
}));
vi.mock("@/auth", () => ({
  signOut: () => Promise.resolve(),
  signIn: () => Promise.resolve(undefined),
}));

const { changeEmailAction } = await import("@/actions/account");

const PASSWORD = "an email changing passphrase";

async function member(): Promise<CurrentUser> {
  const row = await createUser({ passwordHash: await hashPassword(PASSWORD) });
  return { id: row.id, name: row.name, email: row.email, role: "member", dataVersion: 0 };
}

function changeTo(me: CurrentUser, email: string): Promise<ActionState> {
  signInAs(me);
  const data = new FormData();
  data.append("email", email);
  data.append("currentPassword", PASSWORD);
  return changeEmailAction(idleState, data);
}

/** What the member's own export says about the request, with the addresses taken out. */
async function exportShape(me: CurrentUser) {
  const data = await exportAccountData({ userId: me.id });
  return {
    pending: data?.pendingEmailChanges.length,
    emails: data?.emails.map((e) => ({
      to: e.to === me.email ? "me" : "the new address",
      kind: e.kind,
      subject: e.subject,
    })),
  };
}

async function mailsTo(address: string) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
}

beforeEach(() => signInAs(null));

describe("changing email", () => {
  it("F5: stores the same, and exports the same, whether or not the new address has an account", async () => {
    const registered = await member();
    const [prober, control] = [await member(), await member()];
    const toRegistered = await changeTo(prober, registered.email);
    const toNew = await changeTo(control, `nobody-${control.id}@example.test`);
    expect(toRegistered.status).toBe("success");
    expect(toNew.status).toBe("success");
    expect(await exportShape(prober)).toEqual(await exportShape(control));
    expect((await exportShape(prober)).pending).toBe(1);
  });

  it("F8: a member may ask 5 times a day; the 6th is refused and sends nothing", async () => {
    const me = await member();
    for (let i = 0; i < 5; i++)
      expect((await changeTo(me, `try-${i}-${me.id}@example.test`)).status).toBe("success");
    const refused = await changeTo(me, `try-5-${me.id}@example.test`);
    expect(refused).toMatchObject({
      status: "error",
      message: expect.stringContaining("try again tomorrow") as string,
    });
    expect(await mailsTo(`try-5-${me.id}@example.test`)).toHaveLength(0);
  });

  it("F8: one address gets at most 3 of our email-change mails a day, whoever asks, registered or not", async () => {
    const victim = await member();
    for (let i = 0; i < 3; i++) {
      const asker = await member();
      for (let j = 0; j < 2; j++)
        expect((await changeTo(asker, victim.email)).status).toBe("success");
    }
    expect(await mailsTo(victim.email)).toHaveLength(3);
    const target = `target-${victim.id}@example.test`;
    for (let i = 0; i < 3; i++) await changeTo(await member(), target);
    await changeTo(await member(), target);
    expect(await mailsTo(target)).toHaveLength(3);
  });
});
