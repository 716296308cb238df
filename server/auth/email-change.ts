import "server-only";
import { requestEmailChange } from "@/db/queries/email-change";
import {
  emailChangeConfirmEmail,
  emailChangeRequestedEmail,
  emailTakenEmail,
} from "@/server/email/messages";
import { limiters } from "@/server/rate-limit";
import { newToken } from "@/lib/auth/tokens";

export const EMAIL_CHANGE_HOURS = 24;

/**
 * A signed-in member's request to move their account to `newEmail` (their
 * current password already checked). Limited per member (visible to them)
 * and per address asked for (silent: the request is recorded the same way,
 * only the mail to that address is skipped), so nobody can use the form to
 * flood an inbox (security review F8) or probe addresses without end (F5).
 */
export async function requestEmailChangeFor({
  userId,
  newEmail,
}: {
  userId: string;
  newEmail: string;
}): Promise<"requested" | "unchanged" | "throttled"> {
  const limits = await limiters();
  if (!(await limits.emailChangeMember.attempt(userId)).allowed) return "throttled";
  const mailTarget = (await limits.emailChangeTarget.attempt(newEmail)).allowed;
  const { token, tokenHash } = newToken();
  const result = await requestEmailChange({
    userId,
    newEmail,
    tokenHash,
    expires: new Date(Date.now() + EMAIL_CHANGE_HOURS * 3_600_000),
    target: mailTarget
      ? {
          confirm: emailChangeConfirmEmail({ to: newEmail, token, hours: EMAIL_CHANGE_HOURS }),
          taken: emailTakenEmail({ to: newEmail }),
        }
      : null,
    notifyCurrent: (to) => emailChangeRequestedEmail({ to, newEmail }),
  });
  // Asking for the address one already has is no request: give the points back.
  if (result === "unchanged")
    await Promise.all([
      limits.emailChangeMember.refund(userId),
      limits.emailChangeTarget.refund(newEmail),
    ]);
  return result;
}
