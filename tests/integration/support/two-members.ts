// Two members and a stand-in session, for "someone else's id gets 404"
// tests of pages and server actions. In a test file:
//
//   vi.mock("@/server/auth/current-user", () => import("./support/session"));
//   vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
//   const { owner, other } = await twoMembers();   // signs owner in (support/session.ts)
//   signInAs(other);                          // every requireUser() now returns owner
//   await expectNotFound(() => someAction(idleState, formWith({ id: otherRowId })));
//
import { expect } from "vitest";
import type { CurrentUser } from "@/server/auth/current-user";
import { createUser } from "../factories";
import { signInAs } from "./session";

async function member(label: string, role: CurrentUser["role"]): Promise<CurrentUser> {
  const row = await createUser({ name: label, role });
  return { id: row.id, name: row.name, email: row.email, role, dataVersion: 0 };
}

/** An owner (signed in) and another member whose rows the owner must not reach. */
export async function twoMembers(): Promise<{ owner: CurrentUser; other: CurrentUser }> {
  const owner = await member("Owner Member", "member");
  const other = await member("Other Member", "member");
  signInAs(owner);
  return { owner, other };
}

export async function anAdmin(): Promise<CurrentUser> {
  return member("Admin Member", "admin");
}

/** Passes when `run` ends in notFound(): Next's own, or a test's stand-in NotFoundSignal. */
export async function expectNotFound(run: () => Promise<unknown>): Promise<void> {
  const error: unknown = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: unknown } | undefined)?.digest;
  const isNextNotFound = typeof digest === "string" && digest.endsWith(";404");
  const isStandIn = error instanceof Error && error.constructor.name === "NotFoundSignal";
  expect(isNextNotFound || isStandIn, `expected notFound(), got ${String(error)}`).toBe(true);
}
