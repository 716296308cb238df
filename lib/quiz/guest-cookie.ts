// The guest-result cookie: a reference to a stored assessment row, never the
// answers themselves. Its value is "<row id>.<HMAC-SHA256 of the id>", so a
// guest cannot point it at someone else's row by editing it. Pure node:crypto
// with the secret passed in, so it is unit-tested without Next or env.

import { createHmac, timingSafeEqual } from "node:crypto";

export const GUEST_RESULT_COOKIE = "lbp_guest_result";

/** As long as an unclaimed guest result is kept (the privacy page says 30 days). */
export const GUEST_RESULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// The purpose label keeps this MAC from being valid for any other use of the
// same secret (e.g. a future signed token over the same id).
const PURPOSE = "lbpfix:guest-result:v1:";
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function mac(id: string, secret: string): Buffer {
  return createHmac("sha256", secret)
    .update(PURPOSE + id)
    .digest();
}

/** The cookie value for assessment `id`. */
export function signGuestResultRef(id: string, secret: string): string {
  if (!ID_PATTERN.test(id))
    throw new Error("A guest result reference must be an assessment id (uuid).");
  if (!secret) throw new Error("A signing secret is required.");
  return `${id}.${mac(id, secret).toString("base64url")}`;
}

/** The assessment id in a cookie value, or null if it is malformed or was not signed with `secret`. */
export function verifyGuestResultRef(
  value: string | undefined | null,
  secret: string,
): string | null {
  if (!value || !secret) return null;
  const dot = value.indexOf(".");
  if (dot === -1) return null;
  const id = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (!ID_PATTERN.test(id) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(id, secret);
  // Constant-time compare; lengths are checked first because timingSafeEqual throws on a mismatch.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return id;
}
