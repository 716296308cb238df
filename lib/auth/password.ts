import { hash, verify } from "@node-rs/argon2";

// No "server-only" marker: scripts (seed, bench) hash passwords under tsx,
// where that marker throws. The native module cannot reach a browser bundle anyway.

// Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): 10–26 ms
// per hash or verification on our 2-core machines, computed off the JS thread. The library's
// default algorithm is Argon2id; its `Algorithm` enum is a const enum that
// does not exist at runtime, so we rely on the default and test the prefix.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password against a stored hash. Without one (unknown email, or
 * an account that only signs in with Google/GitHub) it verifies against a
 * throwaway hash with the same parameters, so the answer takes as long either
 * way and timing does not reveal which emails are registered.
 */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("lbpfix timing equaliser, never a real password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false; // a malformed stored hash is a failed check, not a crash
  }
}
