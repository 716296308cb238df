import type { NextAuthConfig } from "next-auth";
import { env } from "@/lib/env";
import { isWithinAbsoluteLimit, nowInSeconds, sessionPolicyFrom } from "@/lib/auth/session-policy";

// The part of the Auth.js configuration the proxy shares with the app. It
// must stay free of the database and argon2: the proxy only decodes the
// session cookie. auth.ts adds the providers (and the adapter when a social
// provider is on).

export const sessionPolicy = sessionPolicyFrom(env);

export const authConfig = {
  secret: env.AUTH_SECRET,
  // `next start` behind our nginx (or directly in tests) has no AUTH_URL; the
  // host comes from the request, which nginx sets.
  trustHost: true,
  // The cookie and the JWT live for the idle limit and are renewed on each
  // request through the proxy, so a quiet session expires on its own.
  session: { strategy: "jwt", maxAge: sessionPolicy.idleSeconds },
  jwt: { maxAge: sessionPolicy.idleSeconds },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      const now = nowInSeconds();
      if (user?.id) {
        // Only what the server needs to look the member up again: the id and
        // the session version they signed in with, when, and a random id for
        // this session alone, which a plain sign-out revokes.
        return {
          sub: user.id,
          sv: user.sessionVersion ?? 0,
          authTime: now,
          sid: crypto.randomUUID(),
        };
      }
      // The token's own payload is all we keep; update() data from the
      // client is ignored, so a revoked cookie cannot be revived.
      if (!isWithinAbsoluteLimit(token.authTime, now, sessionPolicy)) return null;
      return { sub: token.sub, sv: token.sv, authTime: token.authTime, sid: token.sid };
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        user: {
          id: typeof token.sub === "string" ? token.sub : "",
          sessionVersion: typeof token.sv === "number" ? token.sv : -1,
        },
      };
    },
  },
} satisfies NextAuthConfig;
