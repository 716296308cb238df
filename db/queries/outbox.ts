import "server-only";
import { and, asc, eq, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { emailOutbox } from "@/db/schema";

// Emails are rows first: written in the same transaction as the change that
// causes them, delivered afterwards (server/email/deliver.ts). A rolled-back
// change sends nothing; a crash before delivery loses nothing.

export type OutboxMessage = {
  to: string;
  subject: string;
  text: string;
  kind: string;
  /** An HTML alternative to `text` (reminders); account emails are plain text only. */
  html?: string;
  /** Extra headers, such as List-Unsubscribe on reminders. */
  headers?: Record<string, string>;
};

/** Anything that can insert: the database or an open transaction. */
export type Writer = Pick<Database, "insert">;

/** Adds the email to the outbox; returns its row id. */
export async function enqueueEmail(
  db: Writer,
  { userId, message }: { userId: string | null; message: OutboxMessage },
): Promise<string> {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      userId,
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html ?? null,
      headers: message.headers ?? null,
      kind: message.kind,
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error("outbox insert returned no row");
  return row.id;
}

export type PendingEmail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string> | null;
};

export const MAX_DELIVERY_ATTEMPTS = 5;

/** How long a sender may hold an email before it counts as crashed mid-send. */
export const CLAIM_MINUTES = 10;

/**
 * Takes the oldest due email that `skip` does not name: one statement marks
 * it claimed and counts the attempt, so two app instances never take the same
 * row, and the same statement run again (the pool retries a statement whose
 * answer was lost) finds the row already claimed instead of taking it twice.
 */
async function claimNext(
  db: Database,
  skip: string[],
  claimSeconds: number,
): Promise<PendingEmail | null> {
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        isNull(emailOutbox.sentAt),
        lt(emailOutbox.attempts, MAX_DELIVERY_ATTEMPTS),
        or(
          isNull(emailOutbox.claimedAt),
          lt(emailOutbox.claimedAt, sql`now() - make_interval(secs => ${claimSeconds})`),
        ),
        skip.length ? notInArray(emailOutbox.id, skip) : undefined,
      ),
    )
    .orderBy(asc(emailOutbox.createdAt))
    .limit(1)
    .for("update", { skipLocked: true });
  const [row] = await db
    .update(emailOutbox)
    .set({ claimedAt: sql`now()`, attempts: sql`${emailOutbox.attempts} + 1` })
    .where(inArray(emailOutbox.id, due))
    .returning({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      text: emailOutbox.textBody,
      html: emailOutbox.htmlBody,
      headers: emailOutbox.headers,
    });
  return row ?? null;
}

/**
 * Hands due emails to `send`, oldest first, up to `limit`. Each is claimed
 * before it is sent and marked sent after, in statements of their own: no
 * transaction stays open while the mail server answers, and none can be run
 * again by the pool after it has sent. An email is sent twice only if the
 * process dies between sending it and marking it sent; it then goes again
 * once its claim expires. A failed send gives the claim back for the next
 * delivery, until MAX_DELIVERY_ATTEMPTS.
 */
export async function deliverPending(
  send: (email: PendingEmail) => Promise<void>,
  { limit = 20, claimSeconds = CLAIM_MINUTES * 60 } = {},
): Promise<number> {
  const db = await getDb();
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const email = await claimNext(db, tried, claimSeconds);
    if (!email) break;
    tried.push(email.id);
    try {
      await send(email);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .update(emailOutbox)
        .set({ claimedAt: null, lastError: message.slice(0, 500) })
        .where(eq(emailOutbox.id, email.id));
      continue;
    }
    await db
      .update(emailOutbox)
      .set({ sentAt: sql`now()` })
      .where(eq(emailOutbox.id, email.id));
    sent += 1;
  }
  return sent;
}
