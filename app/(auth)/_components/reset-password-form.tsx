"use client";

import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { PASSWORD_MIN, PASSWORD_SUGGESTED } from "@/lib/validations/password-limits";
import { resetPasswordAction } from "@/actions/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.ResetPasswordSchema),
    action: resetPasswordAction,
    defaults: { token, password: "" },
    idPrefix: "reset",
  });
  return (
    <form {...formProps} className="space-y-5">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters; ${PASSWORD_SUGGESTED} or more is better.`}
        {...field("password")}
      />
      <SubmitButton pending={pending} pendingText="Saving…">
        Set new password
      </SubmitButton>
    </form>
  );
}
