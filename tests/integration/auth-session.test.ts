import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authConfig, sessionPolicy } from "@/auth.config";
import { getDb } from "@/db";
import { journalEntries, revokedSessions } from "@/db/schema";
import { bumpSessionVersion } from "@/db/queries/users";
import { deleteAccount } from "@/db/queries/account";
import { env } from "@/lib/env";
import { endSession } from "@/server/auth/end-session";
import { nowInSeconds } from "@/lib/auth/session-policy";
import { createUser } from "./factories";

// The real getCurrentUser/requireUser against a real database, with Next's
// request APIs standing in: a cookie jar (read-only while "rendering a
// page", writable in "a server action") and redirect/notFound that throw.

const request = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  writable: false,
  path: "/journal",
}));

vi.mock("next/headers", () => ({
  cookies: () =>
    Promise.resolve({
      get: (name: string) =>
        request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined,
      getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
      set: (name: string, value: string) => {
        if (!request.writable)
          throw new Error("Cookies can only be modified in a Server Action or Route Handler.");
        if (value) request.cookies.set(name, value);
        else request.cookies.delete(name);
      },
    }),
  headers: () => Promise.resolve(new Headers({ "x-lbpfix-pathname": request.path })),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { url });
  },
  notFound: () => {
    throw Object.assign(new Error("not found"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
}));
// React's per-request cache does nothing outside a request; here every call checks afresh.
vi.mock("react", async (original) => ({
  ...(await original<Record<string, unknown>>()),
  cache: <T>(fn: T) => fn,
}));

const { getCurrentUser, requireAdmin, requireUser } = await import("@/server/auth/current-user");

const COOKIE = "authjs.session-token";

type Claims = { sub: string; sv: number; authTime?: number; sid?: string };

/** Puts a session cookie in the jar; returns the claims it carries. */
async function sessionCookie(claims: Claims, maxAge = sessionPolicy.idleSeconds) {
  const full = { authTime: nowInSeconds(), sid: randomUUID(), ...claims };
  const token = await encode({
    token: full,
    secret: env.AUTH_SECRET,
    salt: COOKIE,
    maxAge,
  });
  request.cookies.set(COOKIE, token);
  return full;
}

async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => null,
    (e: unknown) => e as { url?: string },
  );
  if (!error?.url) throw new Error("expected a redirect");
  return error.url;
}

beforeEach(() => {
  request.cookies.clear();
  request.writable = false;
  request.path = "/journal";
});

describe("the current user", () => {
  it("is the member named by a valid session cookie, with name, email, role and data version from the database", async () => {
    const user = await createUser({ name: "Cora Cookie", role: "admin" });
    // One journal entry: the trigger moves the data version the dashboard cache is keyed on.
    await (
      await getDb()
    )
      .insert(journalEntries)
      .values({ userId: user.id, entryDate: "2026-11-20", pain: 3, worstPain: 4 });
    await sessionCookie({ sub: user.id, sv: 0 });
    expect(await getCurrentUser()).toEqual({
      id: user.id,
      name: "Cora Cookie",
      email: user.email,
      role: "admin",
      dataVersion: 1,
    });
    await expect(requireAdmin()).resolves.toMatchObject({ id: user.id });
  });

  it("is nobody once the member's session version moves on (password change, sign out everywhere)", async () => {
    const user = await createUser();
    await sessionCookie({ sub: user.id, sv: 0 });
    expect(await getCurrentUser()).not.toBeNull();
    await bumpSessionVersion({ userId: user.id });
    expect(await getCurrentUser()).toBeNull();
    // A cookie issued after the change (version 1) is good again.
    await sessionCookie({ sub: user.id, sv: 1 });
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("F6: is nobody once that session signed out, while the member's other session goes on", async () => {
    const user = await createUser();
    const laptop = await sessionCookie({ sub: user.id, sv: 0 });
    const laptopCookie = request.cookies.get(COOKIE)!;
    await sessionCookie({ sub: user.id, sv: 0 });
    const phoneCookie = request.cookies.get(COOKIE)!;

    await endSession(laptop); // what Auth.js hands the signOut event
    request.cookies.set(COOKIE, laptopCookie); // a copy of the signed-out cookie
    expect(await getCurrentUser()).toBeNull();
    request.cookies.set(COOKIE, phoneCookie);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
  });

  it("keeps a signed-out session's id only until that session would have ended anyway", async () => {
    const user = await createUser();
    const claims = await sessionCookie({ sub: user.id, sv: 0, authTime: nowInSeconds() - 60 });
    await endSession(claims);
    const db = await getDb();
    const [row] = await db
      .select()
      .from(revokedSessions)
      .where(eq(revokedSessions.sid, claims.sid));
    expect(row?.expiresAt.getTime()).toBe((claims.authTime + sessionPolicy.absoluteSeconds) * 1000);
    // An expired entry is swept by the next sign-out.
    await db
      .update(revokedSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(revokedSessions.sid, claims.sid));
    await endSession(await sessionCookie({ sub: user.id, sv: 0 }));
    expect(
      await db.select().from(revokedSessions).where(eq(revokedSessions.sid, claims.sid)),
    ).toEqual([]);
  });

  it("is nobody for a cookie without a session id (issued before sign-out could end one session)", async () => {
    const user = await createUser();
    const token = await encode({
      token: { sub: user.id, sv: 0, authTime: nowInSeconds() },
      secret: env.AUTH_SECRET,
      salt: COOKIE,
    });
    request.cookies.set(COOKIE, token);
    expect(await getCurrentUser()).toBeNull();
  });

  it("is nobody once the account is deleted", async () => {
    const user = await createUser();
    await sessionCookie({ sub: user.id, sv: 0 });
    await deleteAccount({ userId: user.id });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is nobody after the absolute time-out, however active the session was", async () => {
    const user = await createUser();
    await sessionCookie({
      sub: user.id,
      sv: 0,
      authTime: nowInSeconds() - sessionPolicy.absoluteSeconds - 1,
    });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is nobody once the cookie sat idle past its expiry, or was signed with another secret", async () => {
    const user = await createUser();
    // maxAge -60 s: a token whose expiry passed a minute ago (beyond the 15 s clock tolerance).
    await sessionCookie({ sub: user.id, sv: 0 }, -60);
    expect(await getCurrentUser()).toBeNull();
    const forged = await encode({
      token: { sub: user.id, sv: 0, authTime: nowInSeconds() },
      secret: "another-secret-another-secret-0123456789",
      salt: COOKIE,
    });
    request.cookies.set(COOKIE, forged);
    expect(await getCurrentUser()).toBeNull();
  });

  it("sends guests to sign in and back to the page they asked for", async () => {
    request.path = "/journal?date=2026-11-02";
    expect(await redirectOf(requireUser)).toBe("/sign-in?next=%2Fjournal%3Fdate%3D2026-11-02");
  });

  it("clears an ended session's cookie in a server action and says why at sign-in", async () => {
    const user = await createUser();
    await sessionCookie({ sub: user.id, sv: 0 });
    await bumpSessionVersion({ userId: user.id });
    request.writable = true;
    expect(await redirectOf(requireUser)).toBe("/sign-in?next=%2Fjournal&reason=session-ended");
    expect(request.cookies.has(COOKIE)).toBe(false);
  });

  it("hands an ended session to the route handler that can clear it while a page renders", async () => {
    const user = await createUser();
    await sessionCookie({ sub: user.id, sv: 0 });
    await bumpSessionVersion({ userId: user.id });
    expect(await redirectOf(requireUser)).toBe("/api/auth/session-ended?next=%2Fjournal");
  });

  it("answers 404, not a redirect, when a member opens an admin page", async () => {
    const user = await createUser();
    await sessionCookie({ sub: user.id, sv: 0 });
    await expect(requireAdmin()).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  });
});

describe("the session token", () => {
  // The callback as Auth.js calls it, typed loosely: tests pass partial inputs.
  type JwtInput = {
    token: Record<string, unknown>;
    user?: Record<string, unknown>;
    trigger?: string;
    session?: unknown;
  };
  const jwt = (input: JwtInput) =>
    (authConfig.callbacks.jwt as unknown as (i: JwtInput) => Record<string, unknown> | null)(input);

  it("keeps only the member id, session version, sign-in time and a session id new at each sign-in", () => {
    const sign = () =>
      jwt({
        token: { name: "x", email: "x@example.test" },
        user: { id: "u1", sessionVersion: 3, email: "x@example.test" },
      });
    const token = sign();
    expect(Object.keys(token ?? {}).sort()).toEqual(["authTime", "sid", "sub", "sv"]);
    expect(token).toMatchObject({ sub: "u1", sv: 3 });
    expect(token?.sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(sign()?.sid).not.toBe(token?.sid);
  });

  it("ends the session past the absolute limit and ignores data a client sends with an update", () => {
    const old = { sub: "u1", sv: 0, authTime: nowInSeconds() - sessionPolicy.absoluteSeconds - 5 };
    expect(jwt({ token: old })).toBeNull();
    const fresh = { sub: "u1", sv: 0, authTime: nowInSeconds(), sid: "the-session" };
    expect(
      jwt({
        token: fresh,
        trigger: "update",
        session: { sv: 99, sub: "someone-else", sid: "another" },
      }),
    ).toEqual(fresh);
  });

  it("lives in the cookie only as long as the idle limit", () => {
    expect(authConfig.session.maxAge).toBe(env.SESSION_IDLE_MINUTES * 60);
    expect(sessionPolicy.absoluteSeconds).toBe(env.SESSION_MAX_HOURS * 3600);
  });
});
