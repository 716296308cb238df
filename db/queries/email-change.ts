import "server-only";
import { and, eq, gt, like, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users, verificationTokens } from "@/db/schema";
import { enqueueEmail, type OutboxMessage } from "./outbox";
import { retireResetLinks } from "./reset-links";
import { normalizeEmail } from "./users";

// A new email takes effect only once its inbox confirms. Pending requests
// live in verification_tokens (Auth.js's table, unused by credentials) under
// the identifier "email-change:<user id>:<new email>", token hashed.

const PREFIX = "email-change:";

export function emailChangeIdentifierPrefix(userId: string): string {
  return `${PREFIX}${userId}:`;
}

/**
 * Records the request and queues its mails. The stored state is the same
 * whether or not the address already has an account (security review F5: a
 * difference showed in the member's data export): the pending change is
 * replaced either way, and one mail goes to the address, the confirmation
 * or, when the address is taken, a notice to it (whose link can then never
 * be confirmed). `target` is null when that address has had enough mail
 * from us for now; the request is still recorded. The current address is
 * always told.
 */
export async function requestEmailChange({
  userId,
  newEmail,
  tokenHash,
  expires,
  target,
  notifyCurrent,
}: {
  userId: string;
  newEmail: string;
  tokenHash: string;
  expires: Date;
  target: { confirm: OutboxMessage; taken: OutboxMessage } | null;
  notifyCurrent: (currentEmail: string) => OutboxMessage;
}): Promise<"requested" | "unchanged"> {
  const db = await getDb();
  const email = normalizeEmail(newEmail);
  return db.transaction(async (tx) => {
    const [me] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!me || normalizeEmail(me.email) === email) return "unchanged";
    // One pending change at a time: a new request replaces the last.
    await tx
      .delete(verificationTokens)
      .where(like(verificationTokens.identifier, `${emailChangeIdentifierPrefix(userId)}%`));
    await tx.insert(verificationTokens).values({
      identifier: `${emailChangeIdentifierPrefix(userId)}${email}`,
      token: tokenHash,
      expires,
    });
    if (target) {
      const [owner] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${email}`)
        .limit(1);
      // Queued under the member who asked, like the confirmation, so the
      // rows of both cases look alike in their export.
      await enqueueEmail(tx, { userId, message: owner ? target.taken : target.confirm });
    }
    await enqueueEmail(tx, { userId, message: notifyCurrent(me.email) });
    return "requested";
  });
}

/**
 * Applies a confirmed change for the signed-in member who asked for it. The
 * token is consumed either way; "taken" when someone registered the address
 * in the meantime.
 */
export async function confirmEmailChange({
  userId,
  tokenHash,
  notifyPrevious,
}: {
  userId: string;
  tokenHash: string;
  notifyPrevious: (previousEmail: string, newEmail: string) => OutboxMessage;
}): Promise<{ status: "changed"; email: string } | { status: "invalid" } | { status: "taken" }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .delete(verificationTokens)
      .where(
        and(
          eq(verificationTokens.token, tokenHash),
          like(verificationTokens.identifier, `${emailChangeIdentifierPrefix(userId)}%`),
          gt(verificationTokens.expires, sql`now()`),
        ),
      )
      .returning({ identifier: verificationTokens.identifier });
    if (!claimed) return { status: "invalid" };
    const newEmail = claimed.identifier.slice(emailChangeIdentifierPrefix(userId).length);
    const [me] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1);
    if (!me) return { status: "invalid" };
    const updated = await tx
      .update(users)
      .set({ email: newEmail, emailVerified: new Date() })
      .where(
        and(
          eq(users.id, userId),
          sql`not exists (select 1 from ${users} u where lower(u.email) = ${newEmail} and u.id <> ${userId})`,
        ),
      )
      .returning({ id: users.id });
    if (updated.length === 0) return { status: "taken" };
    // Reset links went to the address the member is leaving.
    await retireResetLinks(tx, userId);
    await enqueueEmail(tx, { userId, message: notifyPrevious(me.email, newEmail) });
    return { status: "changed", email: newEmail };
  });
}

/** Whether the member has a confirmation link out for this token. */
export async function isEmailChangePending({
  userId,
  tokenHash,
}: {
  userId: string;
  tokenHash: string;
}): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ identifier: verificationTokens.identifier })
    .from(verificationTokens)
    .where(
      and(
        eq(verificationTokens.token, tokenHash),
        like(verificationTokens.identifier, `${emailChangeIdentifierPrefix(userId)}%`),
        gt(verificationTokens.expires, sql`now()`),
      ),
    )
    .limit(1);
  return row ? row.identifier.slice(emailChangeIdentifierPrefix(userId).length) : null;
}
