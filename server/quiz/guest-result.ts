import "server-only";
import { cookies } from "next/headers";
import { claimGuestAssessment } from "@/db/queries/assessments";
import { env } from "@/lib/env";
import {
  GUEST_RESULT_COOKIE,
  GUEST_RESULT_MAX_AGE_SECONDS,
  signGuestResultRef,
  verifyGuestResultRef,
} from "@/lib/quiz/guest-cookie";

// The guest's side of a stored quiz result: an http-only cookie holding the
// signed row id. Setting and deleting only work inside server actions and
// route handlers (Next's rule), which is where these are called.

const cookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  // Plain http only on a local http SITE_URL (development, e2e); https everywhere else.
  secure: new URL(env.SITE_URL).protocol === "https:",
  path: "/",
  maxAge: GUEST_RESULT_MAX_AGE_SECONDS,
} as const;

export async function rememberGuestResult(id: string): Promise<void> {
  (await cookies()).set(
    GUEST_RESULT_COOKIE,
    signGuestResultRef(id, env.AUTH_SECRET),
    cookieOptions,
  );
}

/** The assessment id the visitor's cookie vouches for, or null. */
export async function readGuestResultId(): Promise<string | null> {
  return verifyGuestResultRef((await cookies()).get(GUEST_RESULT_COOKIE)?.value, env.AUTH_SECRET);
}

export async function forgetGuestResult(): Promise<void> {
  (await cookies()).delete({ name: GUEST_RESULT_COOKIE, path: "/" });
}

/**
 * Attaches the visitor's guest result, if any, to `userId` and drops the
 * cookie whatever happens: a forged, expired or already-claimed reference is
 * worth nothing to keep.
 */
export async function claimGuestResult(userId: string): Promise<boolean> {
  const store = await cookies();
  if (!store.has(GUEST_RESULT_COOKIE)) return false;
  const id = await readGuestResultId();
  const claimed = id ? await claimGuestAssessment({ userId, id }) : false;
  await forgetGuestResult();
  return claimed;
}
