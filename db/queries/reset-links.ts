import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db";
import { passwordResetTokens } from "@/db/schema";

/** Anything that can update: the database or an open transaction. */
type Updater = Pick<Database, "update">;

/**
 * Marks every unused reset link of the member as used. Called wherever the
 * password or the inbox that received the links changes: a link mailed
 * before a password change, or to an address the member has since left
 * (perhaps because that mailbox was compromised), must not work afterwards.
 */
export async function retireResetLinks(db: Updater, userId: string): Promise<void> {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}
