"use client";

import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { PASSWORD_MIN, PASSWORD_SUGGESTED } from "@/lib/validations/password-limits";
import { changePasswordAction } from "@/actions/account";

export function PasswordForm() {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.ChangePasswordSchema),
    action: changePasswordAction,
    defaults: { currentPassword: "", newPassword: "" },
    idPrefix: "account-password",
  });
  return (
    <form {...formProps} className="space-y-4">
      <FormAlert state={state} />
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...field("currentPassword")}
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters; ${PASSWORD_SUGGESTED} or more is better.`}
        {...field("newPassword")}
      />
      <SubmitButton pending={pending} variant="secondary">
        Change password
      </SubmitButton>
    </form>
  );
}
