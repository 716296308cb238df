import "server-only";
import { createHash } from "node:crypto";

/**
 * A short, non-reversible name for a member on this device: the player keeps an unsent
 * session in localStorage under it, so a session saved on a shared phone is only ever sent
 * by the member who did it, and the storage never holds their account id.
 */
export function deviceScopeFor(userId: string): string {
  return createHash("sha256").update(`lbpfix-device-scope:${userId}`).digest("hex").slice(0, 16);
}
