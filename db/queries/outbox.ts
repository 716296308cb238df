import "server-only";
import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { emailOutbox } from "@/db/schema";

// Emails are rows first: written in the same transaction as the change that
// causes them, delivered afterwards (lib/email/deliver.ts). A rolled-back
// change sends nothing; a crash before delivery loses nothing.

export type OutboxMessage = { to: string; subject: string; text: string; kind: string };

/** Anything that can insert: the database or an open transaction. */
export type Writer = Pick<Database, "insert">;

export async function enqueueEmail(db: Writer, { userId, message }: { userId: string | null; message: OutboxMessage }) {
  await db.insert(emailOutbox).values({
    userId,
    toAddress: message.to,
    subject: message.subject,
    textBody: message.text,
    kind: message.kind,
  });
}

export type PendingEmail = { id: string; to: string; subject: string; text: string };

export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * Hands unsent emails to `send` one by one inside a transaction that locks
 * them, so two app instances never deliver the same row twice.
 */
export async function deliverPending(send: (email: PendingEmail) => Promise<void>, { limit = 20 } = {}): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: emailOutbox.id, to: emailOutbox.toAddress, subject: emailOutbox.subject, text: emailOutbox.textBody })
      .from(emailOutbox)
      .where(and(isNull(emailOutbox.sentAt), lt(emailOutbox.attempts, MAX_DELIVERY_ATTEMPTS)))
      .orderBy(asc(emailOutbox.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    let sent = 0;
    for (const row of rows) {
      try {
        await send(row);
        await tx.update(emailOutbox).set({ sentAt: new Date(), attempts: sql`${emailOutbox.attempts} + 1` }).where(eq(emailOutbox.id, row.id));
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await tx
          .update(emailOutbox)
          .set({ attempts: sql`${emailOutbox.attempts} + 1`, lastError: message.slice(0, 500) })
          .where(eq(emailOutbox.id, row.id));
      }
    }
    return sent;
  });
}
