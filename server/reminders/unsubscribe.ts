import "server-only";
import { getUnsubscribedAt, unsubscribeFromReminders } from "@/db/queries/reminders";
import { env } from "@/lib/env";
import { openUnsubscribeToken } from "@/lib/reminders/unsubscribe-token";

/** The member an unsubscribe link names, or null when the link is not one of ours. */
export function memberOfUnsubscribeLink(token: string): string | null {
  return openUnsubscribeToken(token, env.AUTH_SECRET);
}

/**
 * Stops every reminder to the member the link names. Idempotent and needs no session: the
 * signed token is the proof. Returns false for a link that is not one of ours.
 */
export async function unsubscribeByLink(token: string): Promise<boolean> {
  const userId = memberOfUnsubscribeLink(token);
  if (!userId) return false;
  await unsubscribeFromReminders({ userId });
  return true;
}

export async function unsubscribedAtByLink(token: string): Promise<Date | null> {
  const userId = memberOfUnsubscribeLink(token);
  return userId ? getUnsubscribedAt({ userId }) : null;
}
