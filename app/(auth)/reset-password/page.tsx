import type { Metadata } from "next";
import Link from "next/link";
import { isResetLinkUsable } from "@/server/auth/password-reset";
import { AuthCard } from "../_components/auth-card";
import { ResetPasswordForm } from "../_components/reset-password-form";

export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false },
  referrer: "no-referrer",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  // Checked (not used) on view, so an old link says so before any typing.
  const usable = token.length > 0 && token.length <= 200 && (await isResetLinkUsable(token));
  if (!usable) {
    return (
      <AuthCard title="This link no longer works">
        <p>
          Reset links work once, for 30 minutes. This one has expired, has already been used, or was
          copied incompletely.
        </p>
        <p className="mt-4">
          <Link className="underline" href="/forgot-password">
            Ask for a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Choose a new password"
      intro="Every device signed in to your account will be signed out."
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
