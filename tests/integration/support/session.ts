// The one stand-in for server/auth/current-user.ts in integration tests. In a test file:
//
//   vi.mock("@/server/auth/current-user", () => import("./support/session"));
//   import { session } from "./support/session";
//   session.user = member;           // getCurrentUser() and requireUser() now return member
//
// It behaves like the real module: requireUser() redirects guests to /sign-in, requireAdmin()
// answers notFound() to members (through next/navigation, so a test that mocks it with
// RedirectSignal and NotFoundSignal sees those).
import { notFound, redirect } from "next/navigation";
import type { CurrentUser } from "@/server/auth/current-user";

/** A signed-in user as tests write one; the data version defaults to 0. */
export type TestUser = Omit<CurrentUser, "dataVersion"> & { dataVersion?: number };

/** Who the stubbed session belongs to (null: a guest). */
export const session: { user: TestUser | null } = { user: null };

export function signInAs(user: TestUser | null): void {
  session.user = user;
}

/** The signed-in test user; a test that reads it before signing someone in is wrong. */
export function signedInUser(): TestUser {
  if (!session.user) throw new Error("No one is signed in yet");
  return session.user;
}

function current(): CurrentUser | null {
  return session.user && { dataVersion: 0, ...session.user };
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return Promise.resolve(current());
}

export async function requireUser(): Promise<CurrentUser> {
  const user = current();
  if (!user) redirect("/sign-in");
  return Promise.resolve(user);
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "admin") notFound();
  return user;
}
