import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// A share link's token (docs/product.md §9): 256 random bits from the CSPRNG, written as
// base64url (43 characters). The database keeps only its SHA-256 (a fast hash is right for a
// random token, unlike a password), so a leaked table hands out no working link and the raw
// token exists only in the URL the member copies once.

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, unpadded. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The SHA-256 as hex, as the table stores it (like the password-reset tokens'). */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

/** Checked before any hashing or query: anything else in /r/… is a wrong link, not a lookup. */
export function isWellFormedShareToken(value: string): boolean {
  return value.length === 43 && TOKEN_PATTERN.test(value);
}

/**
 * The row was found by its hash; this compares the hashes again in constant time, so the
 * answer never depends on how much of a guess matched (defence in depth behind the index).
 */
export function tokenMatchesHash(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashShareToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
