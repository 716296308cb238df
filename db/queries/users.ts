import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { revokedSessions, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { enqueueEmail, type OutboxMessage } from "./outbox";
import { retireResetLinks } from "./reset-links";

// Everything that reads or writes a user's identity. A password hash never
// leaves this module: callers get "verified" or "not", never the hash.

export type SessionUser = {
  id: string;
  name: string | null;
  email: string;
  role: "member" | "admin";
  sessionVersion: number;
  /** Changes whenever the member's health data does (see users.dataVersion). */
  dataVersion: number;
};

const sessionUserColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  sessionVersion: users.sessionVersion,
  dataVersion: users.dataVersion,
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const byEmail = (email: string) => sql`lower(${users.email}) = ${normalizeEmail(email)}`;

/**
 * The member a session belongs to, or null when the account is gone or,
 * given the session's id, that session was signed out (revoked_sessions).
 * One indexed read either way.
 */
export async function getSessionUser({
  id,
  sid,
}: {
  id: string;
  sid?: string;
}): Promise<SessionUser | null> {
  const db = await getDb();
  const live =
    sid === undefined
      ? undefined
      : sql`not exists (select 1 from ${revokedSessions} where ${revokedSessions.sid} = ${sid})`;
  const [row] = await db
    .select(sessionUserColumns)
    .from(users)
    .where(and(eq(users.id, id), live))
    .limit(1);
  return row ?? null;
}

/**
 * The member whose email and password match, or null. An unknown email costs
 * the same argon2 verification as a wrong password.
 */
export async function findUserByCredentials({
  email,
  password,
}: {
  email: string;
  password: string;
}): Promise<SessionUser | null> {
  const db = await getDb();
  const [row] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(byEmail(email))
    .limit(1);
  const ok = await verifyPassword(row?.passwordHash, password);
  if (!row || !ok) return null;
  const { passwordHash: _omit, ...user } = row;
  return user;
}

/** Whether `password` is the member's current password (false when they have none). */
export async function isCurrentPassword({
  userId,
  password,
}: {
  userId: string;
  password: string;
}): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return verifyPassword(row?.passwordHash, password);
}

export async function hasPassword({ userId }: { userId: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ has: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.has ?? false;
}

export type RegisterResult = { status: "created"; userId: string } | { status: "existing" };

/**
 * Creates a member, or — when the email is taken — leaves the account alone
 * and tells its owner. Either way one email is queued in the same
 * transaction (unless the owner's notices are used up), so both paths do the
 * same work.
 */
export async function registerUser({
  name,
  email,
  passwordHash,
  welcome,
  alreadyRegistered,
}: {
  name: string;
  email: string;
  passwordHash: string;
  welcome: (storedEmail: string) => OutboxMessage;
  /** The owner's notice, or null when they have had enough of them for now. */
  alreadyRegistered: ((ownerEmail: string) => OutboxMessage) | null;
}): Promise<RegisterResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ name, email: normalizeEmail(email), passwordHash })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email });
    if (created) {
      await enqueueEmail(tx, { userId: created.id, message: welcome(created.email) });
      return { status: "created", userId: created.id };
    }
    const [owner] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(byEmail(email))
      .limit(1);
    if (owner && alreadyRegistered)
      await enqueueEmail(tx, { userId: owner.id, message: alreadyRegistered(owner.email) });
    return { status: "existing" };
  });
}

/** New password, every other session and every reset link ended, owner notified. */
export async function changePassword({
  userId,
  passwordHash,
  notice,
}: {
  userId: string;
  passwordHash: string;
  notice: (email: string) => OutboxMessage;
}): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    if (!row) return;
    await retireResetLinks(tx, userId);
    await enqueueEmail(tx, { userId, message: notice(row.email) });
  });
}

/** Ends every session of the member: each cookie carries the old version. */
export async function bumpSessionVersion({ userId }: { userId: string }): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

export async function updateUserName({
  userId,
  name,
}: {
  userId: string;
  name: string;
}): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, userId));
}
