"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { deleteAccount } from "@/db/queries/account";
import { confirmEmailChange } from "@/db/queries/email-change";
import {
  bumpSessionVersion,
  changePassword,
  hasPassword,
  updateUserName,
} from "@/db/queries/users";
import { failure, fieldError, formFields, invalid, type ActionState } from "@/lib/action-state";
import { confirmCurrentPassword, type PasswordCheck } from "@/server/auth/confirm-password";
import { signInWithPassword } from "@/server/auth/credentials-sign-in";
import { requireUser } from "@/server/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { withPasswordPolicy } from "@/server/auth/password-policy";
import { signInPath } from "@/lib/auth/routes";
import { requestEmailChangeFor } from "@/server/auth/email-change";
import { hashToken } from "@/lib/auth/tokens";
import { scheduleEmailDelivery } from "@/server/email/deliver";
import { emailChangedEmail, passwordChangedEmail } from "@/server/email/messages";
import { limiters } from "@/server/rate-limit";
import {
  ChangeEmailSchema,
  ChangeNameSchema,
  ChangePasswordSchema,
  DeleteAccountSchema,
} from "@/lib/validations/auth";

// Every action acts on the signed-in member only: the id comes from the
// session, never from the form, so there is nothing to point at someone else.

function wrongPassword(
  check: Exclude<PasswordCheck, "ok">,
  field: string,
  formData: FormData,
): ActionState {
  if (check === "throttled")
    return failure("Too many wrong passwords. Please wait 15 minutes and try again.", formData);
  return fieldError(field, "That isn’t your current password.", formData);
}

export async function updateNameAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = ChangeNameSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  await updateUserName({ userId: user.id, name: parsed.data.name });
  revalidatePath("/", "layout");
  return { status: "success", message: "Name saved.", values: { name: parsed.data.name } };
}

export async function changeEmailAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = ChangeEmailSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const check = await confirmCurrentPassword({
    userId: user.id,
    password: parsed.data.currentPassword,
  });
  if (check !== "ok") return wrongPassword(check, "currentPassword", formData);
  const newEmail = parsed.data.email;
  const result = await requestEmailChangeFor({ userId: user.id, newEmail });
  scheduleEmailDelivery();
  if (result === "unchanged") return failure("That is already your email.", formData);
  if (result === "throttled")
    return failure(
      "You’ve asked to change your email several times today. Please try again tomorrow.",
      formData,
    );
  // The same answer whether or not the address has an account elsewhere.
  return {
    status: "success",
    message: `Check ${newEmail} for a link to confirm the change. Until then, keep using ${user.email}.`,
  };
}

export async function confirmEmailChangeAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const token = formData.get("token");
  if (typeof token !== "string" || token.length === 0 || token.length > 200) {
    return failure("This confirmation link is not valid.");
  }
  const result = await confirmEmailChange({
    userId: user.id,
    tokenHash: hashToken(token),
    notifyPrevious: (to, newEmail) => emailChangedEmail({ to, newEmail }),
  });
  scheduleEmailDelivery();
  if (result.status === "invalid")
    return failure("This confirmation link has expired or has already been used.");
  if (result.status === "taken")
    return failure("That email now belongs to another account, so it can’t be used.");
  revalidatePath("/account");
  redirect("/account?updated=email");
}

export async function changePasswordAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const schema = withPasswordPolicy(ChangePasswordSchema, "newPassword", () => ({
    email: user.email,
    name: user.name ?? undefined,
  }));
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const check = await confirmCurrentPassword({
    userId: user.id,
    password: parsed.data.currentPassword,
  });
  if (check !== "ok") return wrongPassword(check, "currentPassword", formData);
  await changePassword({
    userId: user.id,
    passwordHash: await hashPassword(parsed.data.newPassword),
    notice: (to) => passwordChangedEmail({ to }),
  });
  scheduleEmailDelivery();
  // The version bump ended every session, this one included; sign this
  // browser in again with the new password so only the others are out.
  const problem = await signInWithPassword({
    email: user.email,
    password: parsed.data.newPassword,
  });
  if (problem) redirect(signInPath("/account"));
  return {
    status: "success",
    message: "Password changed. Every other device has been signed out.",
  };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: signInPath(undefined, "signed-out") });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await bumpSessionVersion({ userId: user.id });
  await signOut({ redirectTo: signInPath(undefined, "signed-out-everywhere") });
}

function typedEmail(formData: FormData): string {
  const value = formData.get("email");
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}

export async function deleteAccountAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  if (await hasPassword({ userId: user.id })) {
    const parsed = DeleteAccountSchema.safeParse(formFields(formData));
    if (!parsed.success) return invalid(parsed.error, formData);
    const check = await confirmCurrentPassword({ userId: user.id, password: parsed.data.password });
    if (check !== "ok") return wrongPassword(check, "password", formData);
  } else if (typedEmail(formData) !== user.email.toLowerCase()) {
    // Social-only accounts have no password: typing the email confirms instead.
    return fieldError("email", "Type your account’s email exactly.");
  }
  const gone = await deleteAccount({ userId: user.id });
  if (gone) {
    // Counters keyed by this member's email or id would outlive them. Those
    // keyed by (email, address) pairs cannot be listed; they expire (decision 0005).
    const limits = await limiters();
    await Promise.all([
      limits.signInAccount.clear(gone.email),
      limits.resetAccount.clear(gone.email),
      limits.signUpNotice.clear(gone.email),
      limits.passwordCheck.clear(user.id),
      limits.emailChangeMember.clear(user.id),
    ]);
  }
  await signOut({ redirectTo: signInPath(undefined, "account-deleted") });
  return { status: "success" };
}
