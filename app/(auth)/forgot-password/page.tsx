import type { Metadata } from "next";
import Link from "next/link";
import { RESET_TOKEN_MINUTES } from "@/lib/auth/password-reset";
import { AuthCard } from "../_components/auth-card";
import { ForgotPasswordForm } from "../_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      intro={`Enter the email you signed up with. We’ll send a link to choose a new password; it works for ${RESET_TOKEN_MINUTES} minutes.`}
      footer={
        <p>
          Remembered it? <Link className="underline" href="/sign-in">Sign in</Link>
        </p>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
