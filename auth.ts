import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/auth.config";
import { getDb } from "@/db";
import { accounts, users, verificationTokens } from "@/db/schema";
import { afterSignIn } from "@/server/auth/after-sign-in";
import { clientIp } from "@/lib/auth/client-ip";
import { endSession } from "@/server/auth/end-session";
import { clearSignedInHint, setSignedInHint } from "@/server/auth/signed-in-hint";
import { InvalidCredentials, TooManyAttempts } from "@/server/auth/credentials-errors";
import { verifySignIn } from "@/server/auth/verify-credentials";
import { socialProviders } from "@/server/auth/social-providers";
import { SignInSchema } from "@/lib/validations/auth";

// The full Auth.js setup for the app (route handler, server actions, server
// components). The proxy uses auth.config.ts alone.

const credentials = Credentials({
  credentials: { email: {}, password: {} },
  async authorize(raw, request) {
    const parsed = SignInSchema.safeParse(raw);
    if (!parsed.success) throw new InvalidCredentials();
    const result = await verifySignIn({ ...parsed.data, ip: clientIp(request.headers) });
    if (result.status === "throttled") throw new TooManyAttempts();
    if (result.status === "invalid") throw new InvalidCredentials();
    const { id, name, email, sessionVersion } = result.user;
    return { id, name, email, sessionVersion };
  },
});

async function config(): Promise<NextAuthConfig> {
  const social = socialProviders();
  return {
    ...authConfig,
    providers: [credentials, ...social],
    // The adapter only matters for social sign-in (linking provider accounts
    // to users); credentials sessions are JWTs and need no table.
    adapter: social.length
      ? DrizzleAdapter(await getDb(), {
          usersTable: users,
          accountsTable: accounts,
          verificationTokensTable: verificationTokens,
        })
      : undefined,
    events: {
      // Auth.js passes the decoded JWT of the session being signed out; an
      // error here is logged by Auth.js and the cookie is still cleared.
      // The public header's hint follows the session (lib/auth/signed-in-hint.ts); it is
      // cleared first so a failure to record the sign-out cannot leave it behind.
      async signOut(message) {
        await clearSignedInHint();
        await endSession("token" in message ? message.token : null);
      },
      async signIn({ user }) {
        if (!user.id) return;
        await setSignedInHint();
        try {
          await afterSignIn(user.id);
        } catch (error) {
          // Claiming extras must never stop a member from signing in.
          console.error(
            "[auth] afterSignIn failed:",
            error instanceof Error ? error.message : error,
          );
        }
      },
    },
    logger: {
      error(error) {
        // A failed sign-in is an expected answer, not a server error.
        if ((error as { type?: string }).type === "CredentialsSignin") return;
        console.error("[auth]", error);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
