import "server-only";
import {
  createPasswordReset,
  isResetTokenUsable,
  resetPasswordWithToken,
} from "@/db/queries/password-reset";
import { passwordChangedEmail, passwordResetEmail } from "@/server/email/messages";
import { limiters } from "@/server/rate-limit";
import { withMinimumDuration } from "@/lib/auth/min-duration";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, newToken } from "@/lib/auth/tokens";

export const RESET_TOKEN_MINUTES = 30;
export const RESET_REQUEST_FLOOR_MS = 300;

/**
 * "sent" whether or not the email is registered (the page says "if an
 * account exists…"). Only the per-IP limit is visible; the per-address limit
 * silently stops more emails, so it cannot be used to probe addresses.
 */
export function requestPasswordReset({
  email,
  ip,
}: {
  email: string;
  ip: string;
}): Promise<"sent" | "throttled"> {
  return withMinimumDuration(RESET_REQUEST_FLOOR_MS, async () => {
    const limits = await limiters();
    if (!(await limits.resetIp.attempt(ip)).allowed) return "throttled";
    if (!(await limits.resetAccount.attempt(email)).allowed) return "sent";
    const { token, tokenHash } = newToken();
    await createPasswordReset({
      email,
      tokenHash,
      expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000),
      message: (to) => passwordResetEmail({ to, token, minutes: RESET_TOKEN_MINUTES }),
    });
    return "sent";
  });
}

export function isResetLinkUsable(token: string): Promise<boolean> {
  return isResetTokenUsable({ tokenHash: hashToken(token) });
}

/** Sets a new password from a reset link; false when the link is unknown, used or expired. */
export async function resetPassword({
  token,
  password,
}: {
  token: string;
  password: string;
}): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const done = await resetPasswordWithToken({
    tokenHash: hashToken(token),
    passwordHash,
    notice: (to) => passwordChangedEmail({ to }),
  });
  if (!done) return false;
  // Whoever holds the inbox is the owner: lift a lockout an attacker caused.
  await (await limiters()).signInAccount.clear(done.email);
  return true;
}
