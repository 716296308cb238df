// A sealed key: claims the server chose (whose data, which version), serialised and signed
// with HMAC-SHA256, so a function that anyone can call can still trust them. Next registers
// every `"use cache"` function as a server reference, callable with any arguments
// (decision record 0009); such a function takes one of these instead of a member id, and
// opens it before it reads anything. Pure node:crypto with the secret passed in, so it is
// unit-tested without Next or env.
//
// The key carries no expiry or randomness on purpose: it is a cache key, and the same
// claims must give the same key for the cache to hit.

import { createHmac, timingSafeEqual } from "node:crypto";

/** Longer than any key we seal; anything longer is refused before it is parsed. */
export const SEALED_KEY_MAX_LENGTH = 2048;

// The purpose label keeps a key sealed for one use from opening for another (a dashboard
// key is not an insights key), and from being any other MAC made with the same secret.
function mac(purpose: string, payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`lbpfix:sealed-key:v1:${purpose}:${payload}`).digest();
}

/** "<base64url JSON of claims>.<base64url MAC>". */
export function sealKey(purpose: string, claims: unknown, secret: string): string {
  if (!secret) throw new Error("A signing secret is required.");
  const payload = Buffer.from(JSON.stringify(claims), "utf8").toString("base64url");
  const key = `${payload}.${mac(purpose, payload, secret).toString("base64url")}`;
  if (key.length > SEALED_KEY_MAX_LENGTH) throw new Error("Sealed key claims are too long.");
  return key;
}

/**
 * The claims sealed in `key` for `purpose`, or null if it is not a string, too long,
 * malformed, sealed for another purpose or with another secret. The caller validates the
 * claims' shape (they are whatever the sealing side wrote).
 */
export function openKey(purpose: string, key: unknown, secret: string): unknown {
  if (typeof key !== "string" || key.length > SEALED_KEY_MAX_LENGTH || !secret) return null;
  const dot = key.indexOf(".");
  if (dot === -1) return null;
  const payload = key.slice(0, dot);
  const signature = key.slice(dot + 1);
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(purpose, payload, secret);
  // Constant-time compare; lengths first, because timingSafeEqual throws on a mismatch.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
  } catch {
    return null;
  }
}
