import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { passwordResetTokens, users } from "@/db/schema";
import { enqueueEmail, type OutboxMessage } from "./outbox";
import { retireResetLinks } from "./reset-links";
import { normalizeEmail } from "./users";

// Reset tokens are stored hashed, expire, and are claimed atomically: the
// UPDATE that marks one used is the check, so two tabs cannot both use it.

/** Stores a token and queues its email, if the email belongs to a member. */
export async function createPasswordReset({
  email,
  tokenHash,
  expiresAt,
  message,
}: {
  email: string;
  tokenHash: string;
  expiresAt: Date;
  message: (to: string) => OutboxMessage;
}): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`)
      .limit(1);
    if (!user) return false;
    await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash, expiresAt });
    await enqueueEmail(tx, { userId: user.id, message: message(user.email) });
    return true;
  });
}

const usable = (tokenHash: string) =>
  and(
    eq(passwordResetTokens.tokenHash, tokenHash),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, sql`now()`),
  );

/** Whether a link can still be used (the page says so before asking for a password). */
export async function isResetTokenUsable({ tokenHash }: { tokenHash: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(usable(tokenHash))
    .limit(1);
  return Boolean(row);
}

/**
 * Uses a token once: sets the new password, ends every session, retires the
 * member's other reset links and tells them. Null when the token is unknown,
 * used or expired.
 */
export async function resetPasswordWithToken({
  tokenHash,
  passwordHash,
  notice,
}: {
  tokenHash: string;
  passwordHash: string;
  notice: (to: string) => OutboxMessage;
}): Promise<{ userId: string; email: string } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(usable(tokenHash))
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, claimed.userId))
      .returning({ id: users.id, email: users.email });
    if (!user) return null;
    await retireResetLinks(tx, user.id);
    await enqueueEmail(tx, { userId: user.id, message: notice(user.email) });
    return { userId: user.id, email: user.email };
  });
}
