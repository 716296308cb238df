"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { failure, formFields, invalid, type ActionState } from "@/lib/action-state";
import { clientIp } from "@/lib/auth/client-ip";
import { signInWithPassword } from "@/server/auth/credentials-sign-in";
import {
  requestPasswordReset,
  resetPassword,
  RESET_TOKEN_MINUTES,
} from "@/server/auth/password-reset";
import { withPasswordPolicy } from "@/server/auth/password-policy";
import { registerMember } from "@/server/auth/register";
import { safeNextPath, signInPath } from "@/lib/auth/routes";
import { enabledSocialProviders } from "@/server/auth/social-providers";
import { scheduleEmailDelivery } from "@/server/email/deliver";
import {
  ForgotPasswordSchema,
  ResetPasswordSchema,
  SignInSchema,
  SignUpSchema,
} from "@/lib/validations/auth";

// Guest actions. None of their answers says whether an email is registered.

const SignUpServerSchema = withPasswordPolicy(SignUpSchema, "password", (v) => ({
  email: v.email,
  name: v.name,
}));
const ResetPasswordServerSchema = withPasswordPolicy(ResetPasswordSchema, "password");

export async function signUpAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SignUpServerSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await registerMember({ ...parsed.data, ip: clientIp(await headers()) });
  scheduleEmailDelivery();
  if (result.status === "throttled") {
    return failure(
      "Too many sign-ups from your network. Please wait an hour and try again.",
      formData,
    );
  }
  if (result.status === "existing") {
    return {
      status: "success",
      message: `Check your email: we’ve sent a message to ${parsed.data.email} about your account.`,
    };
  }
  const problem = await signInWithPassword(parsed.data);
  // The account exists either way; if signing in was refused, signing in by hand works later.
  if (problem) redirect(signInPath(safeNextPath(formData.get("next"))));
  redirect(safeNextPath(formData.get("next")));
}

export async function signInAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SignInSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const problem = await signInWithPassword(parsed.data);
  if (problem) return failure(problem, formData);
  redirect(safeNextPath(formData.get("next")));
}

export async function signInWithProviderAction(_: unknown, formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  const known = enabledSocialProviders().find((p) => p.id === provider);
  if (!known) redirect("/sign-in");
  await signIn(known.id, { redirectTo: safeNextPath(formData.get("next")) });
}

export async function forgotPasswordAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = ForgotPasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await requestPasswordReset({
    email: parsed.data.email,
    ip: clientIp(await headers()),
  });
  scheduleEmailDelivery();
  if (result === "throttled") {
    return failure(
      "Too many reset requests from your network. Please wait an hour and try again.",
      formData,
    );
  }
  return {
    status: "success",
    message: `If an account uses ${parsed.data.email}, we’ve emailed it a link to choose a new password. The link works once, for ${RESET_TOKEN_MINUTES} minutes.`,
    values: { email: parsed.data.email },
  };
}

export async function resetPasswordAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = ResetPasswordServerSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const done = await resetPassword(parsed.data);
  scheduleEmailDelivery();
  if (!done)
    return failure(
      "This reset link has expired or has already been used. Ask for a new one below.",
    );
  redirect(signInPath(undefined, "password-reset"));
}
