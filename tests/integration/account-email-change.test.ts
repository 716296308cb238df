import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { emailOutbox, users } from "@/db/schema";
import {
  confirmEmailChange,
  isEmailChangePending,
  requestEmailChange,
} from "@/db/queries/email-change";
import {
  emailChangeConfirmEmail,
  emailChangedEmail,
  emailChangeRequestedEmail,
  emailTakenEmail,
} from "@/server/email/messages";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { createUser } from "./factories";

async function request(
  userId: string,
  newEmail: string,
  expires = new Date(Date.now() + 3_600_000),
) {
  const { token, tokenHash } = newToken();
  const result = await requestEmailChange({
    userId,
    newEmail,
    tokenHash,
    expires,
    target: {
      confirm: emailChangeConfirmEmail({ to: newEmail, token, hours: 24 }),
      taken: emailTakenEmail({ to: newEmail }),
    },
    notifyCurrent: (to) => emailChangeRequestedEmail({ to, newEmail }),
  });
  return { token, result };
}

const confirm = (userId: string, token: string) =>
  confirmEmailChange({
    userId,
    tokenHash: hashToken(token),
    notifyPrevious: (to, newEmail) => emailChangedEmail({ to, newEmail }),
  });

async function emailOf(userId: string) {
  const db = await getDb();
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email;
}

async function kindsTo(to: string) {
  const db = await getDb();
  return (
    await db
      .select({ kind: emailOutbox.kind })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, to))
  ).map((r) => r.kind);
}

describe("changing email", () => {
  it("changes nothing until the new address confirms, then tells the old one", async () => {
    const user = await createUser();
    const { token, result } = await request(user.id, "New.Address@Example.test");
    expect(result).toBe("requested");
    expect(await emailOf(user.id)).toBe(user.email);
    expect(await kindsTo("New.Address@Example.test")).toEqual(["email-change-target"]);
    expect(await kindsTo(user.email)).toEqual(["email-change-requested"]);
    expect(await isEmailChangePending({ userId: user.id, tokenHash: hashToken(token) })).toBe(
      "new.address@example.test",
    );

    expect(await confirm(user.id, token)).toEqual({
      status: "changed",
      email: "new.address@example.test",
    });
    expect(await emailOf(user.id)).toBe("new.address@example.test");
    expect(await kindsTo(user.email)).toContain("email-changed");
    expect(await confirm(user.id, token)).toEqual({ status: "invalid" });
  });

  it("only for the member who asked: another member's session cannot use the link", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { token } = await request(owner.id, "owners-new@example.test");
    expect(
      await isEmailChangePending({ userId: other.id, tokenHash: hashToken(token) }),
    ).toBeNull();
    expect(await confirm(other.id, token)).toEqual({ status: "invalid" });
    expect(await emailOf(other.id)).toBe(other.email);
    expect(await confirm(owner.id, token)).toMatchObject({ status: "changed" });
  });

  it("to an address that has an account mails it a notice instead, and the pending change can never be confirmed", async () => {
    const user = await createUser();
    const taken = await createUser();
    const { token, result } = await request(user.id, taken.email.toUpperCase());
    expect(result).toBe("requested");
    const db = await getDb();
    const [notice] = await db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, taken.email.toUpperCase()));
    expect(notice?.textBody).toContain("already has an account");
    expect(notice?.textBody).not.toContain("confirm-email");
    expect(await confirm(user.id, token)).toEqual({ status: "taken" });
    expect(await emailOf(user.id)).toBe(user.email);
  });

  it("refuses an expired link, and a link whose address was registered in the meantime", async () => {
    const user = await createUser();
    const expired = await request(user.id, "late@example.test", new Date(Date.now() - 1000));
    expect(await confirm(user.id, expired.token)).toEqual({ status: "invalid" });

    const { token } = await request(user.id, "contested@example.test");
    await createUser({ email: "contested@example.test" });
    expect(await confirm(user.id, token)).toEqual({ status: "taken" });
    expect(await emailOf(user.id)).toBe(user.email);
  });

  it("keeps one pending change per member: a new request replaces the last link", async () => {
    const user = await createUser();
    const first = await request(user.id, "first-choice@example.test");
    const second = await request(user.id, "second-choice@example.test");
    expect(await confirm(user.id, first.token)).toEqual({ status: "invalid" });
    expect(await confirm(user.id, second.token)).toMatchObject({
      status: "changed",
      email: "second-choice@example.test",
    });
  });
});
