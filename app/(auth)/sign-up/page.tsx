import type { Metadata } from "next";
import Link from "next/link";
import { safeNextPath } from "@/lib/auth/routes";
import { enabledSocialProviders } from "@/server/auth/social-providers";
import { AuthCard } from "../_components/auth-card";
import { SignUpForm } from "../_components/sign-up-form";
import { SocialSignIn } from "../_components/social-sign-in";

export const metadata: Metadata = {
  title: "Create an account",
  description: "Save your quiz result, follow a program and keep a pain journal.",
  robots: { index: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).next;
  const nextParam = Array.isArray(raw) ? raw[0] : raw;
  const next = nextParam ? safeNextPath(nextParam) : undefined;
  return (
    <AuthCard
      title="Create an account"
      intro="Save your quiz result, follow your program and keep a pain journal. It’s free."
      footer={
        <>
          <p>
            Already have an account?{" "}
            <Link
              className="underline"
              href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
            >
              Sign in
            </Link>
          </p>
          <p className="text-muted text-sm">
            We keep your health notes private. See our{" "}
            <Link className="underline" href="/privacy">
              privacy notice
            </Link>
            .
          </p>
        </>
      }
    >
      <SignUpForm next={next} />
      <SocialSignIn providers={enabledSocialProviders()} next={next} />
    </AuthCard>
  );
}
