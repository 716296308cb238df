import "server-only";
import { findUserByCredentials, type SessionUser } from "@/db/queries/users";
import { limiters } from "@/lib/rate-limit";
import { withMinimumDuration } from "./min-duration";

export type SignInResult =
  | { status: "ok"; user: SessionUser }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterSeconds: number };

// Long enough to cover an argon2 verification plus the limiter writes on a
// busy 2-core server, so every answer takes about the same time.
export const SIGN_IN_FLOOR_MS = 300;

/**
 * Checks an email and password under the per-account and per-IP limits.
 * Unknown emails and wrong passwords take the same path and the same time;
 * once a limit is reached even the right password is refused until the
 * window ends.
 */
export function verifySignIn({ email, password, ip }: { email: string; password: string; ip: string }): Promise<SignInResult> {
  return withMinimumDuration(SIGN_IN_FLOOR_MS, async () => {
    const limits = await limiters();
    const [account, network] = await Promise.all([limits.signInAccount.attempt(email), limits.signInIp.attempt(ip)]);
    if (!account.allowed || !network.allowed) {
      const waits = [account, network].flatMap((a) => (a.allowed ? [] : [a.retryAfterSeconds]));
      return { status: "throttled", retryAfterSeconds: Math.max(...waits) };
    }
    const user = await findUserByCredentials({ email, password });
    if (!user) return { status: "invalid" };
    // The owner is in: their account's failures are forgotten, and this
    // attempt no longer counts against their network.
    await Promise.all([limits.signInAccount.clear(email), limits.signInIp.refund(ip)]);
    return { status: "ok", user };
  });
}
