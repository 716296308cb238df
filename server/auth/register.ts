import "server-only";
import { registerUser } from "@/db/queries/users";
import { signUpAttemptEmail, welcomeEmail } from "@/server/email/messages";
import { allOf, limiters } from "@/server/rate-limit";
import { withMinimumDuration } from "@/lib/auth/min-duration";
import { hashPassword } from "@/lib/auth/password";

export type RegisterOutcome =
  { status: "created"; userId: string } | { status: "existing" } | { status: "throttled" };

// Covers a hash, a transaction and an email row on a busy server.
export const SIGN_UP_FLOOR_MS = 350;

/**
 * Signs up a member. A taken email is not an error: the password is hashed
 * all the same and the owner gets a notice in place of a welcome, so the
 * work (and the time it takes) matches a real sign-up.
 */
export function registerMember({
  name,
  email,
  password,
  ip,
}: {
  name: string;
  email: string;
  password: string;
  ip: string;
}): Promise<RegisterOutcome> {
  return withMinimumDuration(SIGN_UP_FLOOR_MS, async () => {
    const limits = await limiters();
    const network = allOf(limits.signUpIp, limits.signUpIpDay);
    if (!(await network.attempt(ip)).allowed) return { status: "throttled" };
    // An owner hears about sign-ups with their email a few times a day at
    // most: the notice must not become a way to flood their inbox.
    const notify = (await limits.signUpNotice.attempt(email)).allowed;
    const passwordHash = await hashPassword(password);
    return registerUser({
      name,
      email,
      passwordHash,
      welcome: (storedEmail) => welcomeEmail({ to: storedEmail }),
      alreadyRegistered: notify ? (ownerEmail) => signUpAttemptEmail({ to: ownerEmail }) : null,
    });
  });
}
