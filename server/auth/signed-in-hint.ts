import "server-only";
import { cookies } from "next/headers";
import { sessionPolicy } from "@/auth.config";
import { env } from "@/lib/env";
import { SIGNED_IN_HINT_COOKIE, hintCookieOptions } from "@/lib/auth/signed-in-hint";

// Sets or clears the public header's "signed in" hint (lib/auth/signed-in-hint.ts) where the
// response may still set cookies: server actions and route handlers, including Auth.js's own
// sign-in and sign-out events, which run inside them. While a page renders Next refuses cookie
// writes; the hint is only a hint, so that is swallowed rather than breaking the page.

async function writeHint(value: string, maxAge: number): Promise<void> {
  try {
    (await cookies()).set(
      SIGNED_IN_HINT_COOKIE,
      value,
      hintCookieOptions({ siteUrl: env.SITE_URL, maxAge }),
    );
  } catch {
    // Rendering a page: nothing to do, the proxy or the next action catches up.
  }
}

export async function setSignedInHint(): Promise<void> {
  await writeHint("1", sessionPolicy.idleSeconds);
}

export async function clearSignedInHint(): Promise<void> {
  await writeHint("", 0);
}
