import "server-only";
import { findUserByCredentials, type SessionUser } from "@/db/queries/users";
import { allOf, limiters } from "@/server/rate-limit";
import { withMinimumDuration } from "@/lib/auth/min-duration";

export type SignInResult =
  | { status: "ok"; user: SessionUser }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterSeconds: number };

// Long enough to cover an argon2 verification plus the limiter writes on a
// busy 2-core server, so every answer takes about the same time.
export const SIGN_IN_FLOOR_MS = 300;

/** The (account, address) pair the consecutive-failure limits count. */
export function signInPair(email: string, ip: string): string {
  return `${email.trim().toLowerCase()}\n${ip}`;
}

const throttled = (retryAfterSeconds: number): SignInResult => ({
  status: "throttled",
  retryAfterSeconds,
});

/**
 * Checks an email and password under rate-limiter-flexible's login-protection
 * pattern (decision record 0005):
 * 1. the address's daily failure cap, first, so an address that is already
 *    blocked spends no account's points;
 * 2. consecutive failures of this (account, address) pair, in growing
 *    windows: someone who mistypes waits, nobody else does;
 * 3. the account's failures from every address, beyond which only networks
 *    the owner has signed in from before may keep trying.
 * Every point is taken before the password is checked, so parallel guesses
 * cannot pass a limit; a refused attempt gives its points back (it checked
 * nothing), a success clears the pair. Unknown emails take the same path.
 */
export function verifySignIn({
  email,
  password,
  ip,
}: {
  email: string;
  password: string;
  ip: string;
}): Promise<SignInResult> {
  return withMinimumDuration(SIGN_IN_FLOOR_MS, async () => {
    const limits = await limiters();
    const network = await limits.signInIp.attempt(ip);
    if (!network.allowed) return throttled(network.retryAfterSeconds);

    const pairLimits = allOf(limits.signInPair, limits.signInPairHour, limits.signInPairDay);
    const pair = signInPair(email, ip);
    const [pairAttempt, account, known] = await Promise.all([
      pairLimits.attempt(pair),
      limits.signInAccount.attempt(email),
      limits.signInKnownNetwork.has(pair),
    ]);
    // The account-wide ceiling does not apply where the owner has signed in before.
    const waits = [pairAttempt, known ? null : account].flatMap((a) =>
      a && !a.allowed ? [a.retryAfterSeconds] : [],
    );
    if (waits.length > 0) {
      await Promise.all([
        limits.signInIp.refund(ip),
        pairLimits.refund(pair),
        limits.signInAccount.refund(email),
      ]);
      return throttled(Math.max(...waits));
    }

    const user = await findUserByCredentials({ email, password });
    if (!user) return { status: "invalid" };
    // The owner is in: this pair's failures are forgotten, its network is
    // remembered as theirs, and the attempt no longer counts anywhere.
    await Promise.all([
      pairLimits.clear(pair),
      limits.signInKnownNetwork.mark(pair),
      limits.signInIp.refund(ip),
      limits.signInAccount.refund(email),
    ]);
    return { status: "ok", user };
  });
}
