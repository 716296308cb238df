// Pure rules for how long a session lives; auth.config.ts applies them to the
// JWT. The idle limit is the cookie/JWT lifetime, renewed by each request that
// passes through the proxy; the absolute limit counts from sign-in and is
// never renewed, so a stolen cookie that is kept busy still dies.

export type SessionPolicy = { idleSeconds: number; absoluteSeconds: number };

export function sessionPolicyFrom(env: {
  SESSION_IDLE_MINUTES: number;
  SESSION_MAX_HOURS: number;
}): SessionPolicy {
  return {
    idleSeconds: env.SESSION_IDLE_MINUTES * 60,
    absoluteSeconds: env.SESSION_MAX_HOURS * 3600,
  };
}

export function nowInSeconds(now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000);
}

/** True while a session signed in at `authTime` may continue at `now` (both in seconds). */
export function isWithinAbsoluteLimit(
  authTime: unknown,
  now: number,
  policy: SessionPolicy,
): boolean {
  if (typeof authTime !== "number" || !Number.isFinite(authTime)) return false;
  return authTime <= now && now - authTime < policy.absoluteSeconds;
}

/**
 * When a session signed in at `authTime` dies whatever happens (its absolute
 * limit), in seconds; how long a revocation must be remembered. Null for a
 * malformed time.
 */
export function absoluteEndOf(authTime: unknown, policy: SessionPolicy): number | null {
  if (typeof authTime !== "number" || !Number.isFinite(authTime)) return null;
  return authTime + policy.absoluteSeconds;
}
