import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { sessionPolicy } from "@/auth.config";
import { env } from "@/lib/env";
import { isWithinAbsoluteLimit, nowInSeconds } from "@/lib/auth/session-policy";
import { clearSignedInHint } from "./signed-in-hint";

// Reads Auth.js's session cookie straight from cookies() rather than through
// auth(): cookies() already reflects a cookie a server action just set (a
// fresh session after a password change), while auth() reads the request's
// original Cookie header. It is also cheaper: no re-signing per render.

// Auth.js names the cookie with the __Secure- prefix when served over HTTPS.
const NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** What a session cookie proves: who, with which session version, which session (sid). */
export type SessionClaims = { userId: string; sessionVersion: number; sid: string };

type Jar = Awaited<ReturnType<typeof cookies>>;

/** The cookie's value, joining the chunks Auth.js splits large cookies into. */
function cookieValue(jar: Jar, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/**
 * The claims of a valid session cookie: decrypts, is not past its idle
 * expiry, is within the absolute limit. `present` says whether there was a
 * cookie at all, valid or not.
 */
export async function readSessionCookie(): Promise<{
  present: boolean;
  claims: SessionClaims | null;
}> {
  const jar = await cookies();
  for (const name of NAMES) {
    const token = cookieValue(jar, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret: env.AUTH_SECRET, salt: name });
      const ok =
        payload &&
        typeof payload.sub === "string" &&
        typeof payload.sv === "number" &&
        typeof payload.sid === "string" &&
        isWithinAbsoluteLimit(payload.authTime, nowInSeconds(), sessionPolicy);
      return {
        present: true,
        claims: ok
          ? {
              userId: payload.sub as string,
              sessionVersion: payload.sv as number,
              sid: payload.sid as string,
            }
          : null,
      };
    } catch {
      return { present: true, claims: null }; // expired, tampered or from another secret
    }
  }
  return { present: false, claims: null };
}

/**
 * Deletes the session cookie where the response may still set cookies
 * (server actions, route handlers). False while rendering a page, where
 * Next does not allow it.
 */
export async function clearSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  const names = jar
    .getAll()
    .map((c) => c.name)
    .filter((n) => NAMES.some((base) => n === base || n.startsWith(`${base}.`)));
  try {
    for (const name of names) {
      jar.set(name, "", {
        path: "/",
        maxAge: 0,
        httpOnly: true,
        sameSite: "lax",
        secure: name.startsWith("__Secure-"),
      });
    }
    await clearSignedInHint();
    return true;
  } catch {
    return false;
  }
}
