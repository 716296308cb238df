import { describe, expect, it } from "vitest";
import { confirmEmailChange, requestEmailChange } from "@/db/queries/email-change";
import { changePassword, findUserByCredentials } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import {
  isResetLinkUsable,
  requestPasswordReset,
  resetPassword,
} from "@/server/auth/password-reset";
import { hashToken, newToken } from "@/lib/auth/tokens";
import {
  emailChangeConfirmEmail,
  emailChangedEmail,
  emailChangeRequestedEmail,
  emailTakenEmail,
  passwordChangedEmail,
} from "@/server/email/messages";
import { createUser } from "./factories";
import { latestResetToken } from "./support/outbox";

// F9 (security review): a reset link issued before a password change, or
// mailed to an address the member has since left, must stop working.

const OLD = "the old remembered passphrase";
let ipCounter = 0;
const freshIp = () => `192.0.2.${100 + ++ipCounter}`;

async function memberWithResetLink() {
  const user = await createUser({ passwordHash: await hashPassword(OLD) });
  await requestPasswordReset({ email: user.email, ip: freshIp() });
  const token = await latestResetToken(user.email);
  expect(await isResetLinkUsable(token)).toBe(true);
  return { user, token };
}

describe("F9: outstanding reset links", () => {
  it("stop working once the member changes their password on /account", async () => {
    const { user, token } = await memberWithResetLink();
    await changePassword({
      userId: user.id,
      passwordHash: await hashPassword("my own new passphrase"),
      notice: (to) => passwordChangedEmail({ to }),
    });
    expect(await isResetLinkUsable(token)).toBe(false);
    expect(await resetPassword({ token, password: "the attacker's passphrase" })).toBe(false);
    expect(
      await findUserByCredentials({ email: user.email, password: "my own new passphrase" }),
    ).toMatchObject({ id: user.id });
  });

  it("mailed to the old address stop working once an email change is confirmed", async () => {
    const { user, token } = await memberWithResetLink();
    const change = newToken();
    const newEmail = `moved-${user.id}@example.test`;
    await requestEmailChange({
      userId: user.id,
      newEmail,
      tokenHash: change.tokenHash,
      expires: new Date(Date.now() + 3_600_000),
      target: {
        confirm: emailChangeConfirmEmail({ to: newEmail, token: change.token, hours: 24 }),
        taken: emailTakenEmail({ to: newEmail }),
      },
      notifyCurrent: (to) => emailChangeRequestedEmail({ to, newEmail }),
    });
    // Asking for a change alone retires nothing: the old address is still the member's.
    expect(await isResetLinkUsable(token)).toBe(true);
    const confirmed = await confirmEmailChange({
      userId: user.id,
      tokenHash: hashToken(change.token),
      notifyPrevious: (to, address) => emailChangedEmail({ to, newEmail: address }),
    });
    expect(confirmed).toMatchObject({ status: "changed" });
    expect(await isResetLinkUsable(token)).toBe(false);
    expect(await resetPassword({ token, password: "the attacker's passphrase" })).toBe(false);
    expect(await findUserByCredentials({ email: newEmail, password: OLD })).toMatchObject({
      id: user.id,
    });
  });
});
