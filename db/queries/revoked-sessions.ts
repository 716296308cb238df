import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { revokedSessions } from "@/db/schema";

// A plain "Sign out" ends one session, not the member's others: its session
// id goes on this list, and getSessionUser() refuses a cookie whose id is
// listed. Rows expire with the session's absolute limit; each new one sweeps
// the expired ones, so the list stays as small as the sign-outs of a day.

export async function revokeSession({
  sid,
  expiresAt,
}: {
  sid: string;
  expiresAt: Date;
}): Promise<void> {
  const db = await getDb();
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, sql`now()`));
  await db.insert(revokedSessions).values({ sid, expiresAt }).onConflictDoNothing();
}
