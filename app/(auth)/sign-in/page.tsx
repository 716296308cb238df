import type { Metadata } from "next";
import Link from "next/link";
import {
  INVALID_CREDENTIALS_MESSAGE,
  TOO_MANY_ATTEMPTS_MESSAGE,
} from "@/server/auth/credentials-sign-in";
import { safeNextPath, signInNotice } from "@/lib/auth/routes";
import { enabledSocialProviders } from "@/server/auth/social-providers";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "../_components/sign-in-form";
import { SocialSignIn } from "../_components/social-sign-in";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const nextParam = one(params.next);
  const next = nextParam ? safeNextPath(nextParam) : undefined;
  const reason = one(params.reason);
  const notice = signInNotice(reason);
  // Auth.js sends failed sign-ins made through its own endpoints here with ?error=…&code=…
  const authError = one(params.error);
  const socialError = !authError
    ? undefined
    : authError === "CredentialsSignin"
      ? one(params.code) === "throttled"
        ? TOO_MANY_ATTEMPTS_MESSAGE
        : INVALID_CREDENTIALS_MESSAGE
      : "That sign-in didn’t work. If you already have an account with this email, sign in with your password.";
  const signUpHref = next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up";
  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back. Sign in to see your program and journal."
      footer={
        <p>
          New to LBPfix?{" "}
          <Link className="underline" href={signUpHref}>
            Create an account
          </Link>
        </p>
      }
    >
      {notice ? (
        <p
          role="status"
          className="border-brand-200 bg-brand-50 text-brand-800 mb-5 rounded-lg border px-4 py-3"
        >
          {notice}
        </p>
      ) : null}
      {socialError ? (
        <p
          role="alert"
          className="border-danger-700/40 bg-danger-50 text-danger-700 mb-5 rounded-lg border px-4 py-3"
        >
          {socialError}
        </p>
      ) : null}
      <SignInForm next={next} />
      <SocialSignIn providers={enabledSocialProviders()} next={next} />
    </AuthCard>
  );
}
