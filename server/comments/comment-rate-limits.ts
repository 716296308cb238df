import "server-only";
import { limiters, type Attempt } from "@/server/rate-limit";

/**
 * Counts one comment from this address against the 10-minute window, then the day
 * (RULES.commentBurst, RULES.commentDaily); a refusal by the first leaves the second untouched.
 */
export async function attemptComment(ip: string): Promise<Attempt> {
  const { commentBurst, commentDaily } = await limiters();
  for (const limiter of [commentBurst, commentDaily]) {
    const attempt = await limiter.attempt(ip);
    if (!attempt.allowed) return attempt;
  }
  return { allowed: true };
}
