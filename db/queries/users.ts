import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";

// Everything that reads or writes a user's identity. A password hash never
// leaves this module: callers get "verified" or "not", never the hash.

export type SessionUser = {
  id: string;
  name: string | null;
  email: string;
  role: "member" | "admin";
  sessionVersion: number;
};

const sessionUserColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  sessionVersion: users.sessionVersion,
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const byEmail = (email: string) => sql`lower(${users.email}) = ${normalizeEmail(email)}`;

export async function getSessionUser({ id }: { id: string }): Promise<SessionUser | null> {
  const db = await getDb();
  const [row] = await db.select(sessionUserColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function getUserIdByEmail({ email }: { email: string }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(byEmail(email)).limit(1);
  return row?.id ?? null;
}

/**
 * The member whose email and password match, or null. An unknown email costs
 * the same argon2 verification as a wrong password.
 */
export async function findUserByCredentials({ email, password }: { email: string; password: string }): Promise<SessionUser | null> {
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
export async function isCurrentPassword({ userId, password }: { userId: string; password: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
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
