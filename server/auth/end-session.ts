import "server-only";
import { sessionPolicy } from "@/auth.config";
import { revokeSession } from "@/db/queries/revoked-sessions";
import { absoluteEndOf } from "@/lib/auth/session-policy";

/**
 * Ends one session on the server, given its decoded JWT: Auth.js calls this
 * on every sign-out (our "Sign out" action and its own /api/auth/signout),
 * after which a copy of the cookie is refused while the member's other
 * sessions go on. A token without a session id or sign-in time cannot pass
 * readSessionCookie() anyway, so there is nothing to record.
 */
export async function endSession(token: Record<string, unknown> | null | undefined): Promise<void> {
  const sid = token?.sid;
  const end = absoluteEndOf(token?.authTime, sessionPolicy);
  if (typeof sid !== "string" || end === null) return;
  await revokeSession({ sid, expiresAt: new Date(end * 1000) });
}
