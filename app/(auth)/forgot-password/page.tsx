import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { RESET_TOKEN_MINUTES } from "@/server/auth/password-reset";
import { AuthCard } from "../_components/auth-card";
import { ForgotPasswordForm } from "../_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

// Rendered per request, like the other sign-in pages, so it carries the proxy's nonce policy
// (decision record 0002): a prerendered page cannot hold a fresh nonce.
export default async function ForgotPasswordPage() {
  await connection();
  return (
    <AuthCard
      title="Forgot your password?"
      intro={`Enter the email you signed up with. We’ll send a link to choose a new password; it works for ${RESET_TOKEN_MINUTES} minutes.`}
      footer={
        <p>
          Remembered it?{" "}
          <Link className="underline" href="/sign-in">
            Sign in
          </Link>
        </p>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
