import { z } from "zod";
import { openKey, sealKey } from "@/lib/auth/sealed-key";

// The unsubscribe link in every reminder (RFC 8058 one-click, and the visible link): the
// member's id sealed with HMAC-SHA256 under the server's secret, so it works without signing
// in and cannot be forged for someone else. It does not expire: an old email's link must still
// stop the mail. Unsubscribing is idempotent, so a replayed link does nothing new.

const PURPOSE = "reminders-unsubscribe";
const Claims = z.object({ u: z.string().min(1).max(64) });

export function unsubscribeToken(userId: string, secret: string): string {
  return sealKey(PURPOSE, { u: userId }, secret);
}

/** The member id the token was sealed for, or null for anything forged, altered or malformed. */
export function openUnsubscribeToken(token: unknown, secret: string): string | null {
  const parsed = Claims.safeParse(openKey(PURPOSE, token, secret));
  return parsed.success ? parsed.data.u : null;
}
