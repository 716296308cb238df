import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser } from "@/db/queries/users";
import { DEFAULT_MEMBER_PATH, PATHNAME_HEADER, safeNextPath, signInPath } from "@/lib/auth/routes";
import { clearSessionCookie, readSessionCookie } from "./session-cookie";

export type CurrentUser = {
  id: string;
  name: string | null;
  email: string;
  role: "member" | "admin";
  /** Read with the session, for caches keyed on the member's data (decision record 0009). */
  dataVersion: number;
};

type SessionCheck = { user: CurrentUser | null; hadSession: boolean };

// The session cookie proves who signed in, with which session version and
// which session; the database says whether that version is still current
// and that session was not signed out. A password change, "sign out
// everywhere" or deletion bumps (or removes) the row, a plain sign-out lists
// the session id, and the old cookie fails here on its next request. Cached
// per request.
const checkSession = cache(async (): Promise<SessionCheck> => {
  const { present, claims } = await readSessionCookie();
  if (!claims) return { user: null, hadSession: present };
  const row = await getSessionUser({ id: claims.userId, sid: claims.sid });
  if (!row || row.sessionVersion !== claims.sessionVersion) return { user: null, hadSession: true };
  const { id, name, email, role, dataVersion } = row;
  return { user: { id, name, email, role, dataVersion }, hadSession: true };
});

/** The signed-in member, or null for guests and ended sessions. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await checkSession()).user;
}

/** Path of the page being rendered (set by the proxy), to come back to after sign-in. */
async function currentPath(): Promise<string> {
  return safeNextPath((await headers()).get(PATHNAME_HEADER), DEFAULT_MEMBER_PATH);
}

/**
 * The signed-in member; anyone else is sent to sign in and brought back here.
 * A cookie whose session has ended must be cleared on the way, or the proxy
 * (which cannot see the database) would send the browser from /sign-in back
 * to the member page. Actions clear it themselves; a page cannot, so it goes
 * through a route handler that can.
 */
export async function requireUser(): Promise<CurrentUser> {
  const { user, hadSession } = await checkSession();
  if (user) return user;
  const next = await currentPath();
  if (!hadSession) redirect(signInPath(next));
  if (await clearSessionCookie()) redirect(signInPath(next, "session-ended"));
  redirect(`/api/auth/session-ended?next=${encodeURIComponent(next)}`);
}

/** An admin, or 404 for everyone else (members do not learn the page exists). */
export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "admin") notFound();
  return user;
}
