"use client";

import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { changeEmailAction } from "@/actions/account";

export function EmailForm() {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.ChangeEmailSchema),
    action: changeEmailAction,
    defaults: { email: "", currentPassword: "" },
    idPrefix: "account-email",
  });
  return (
    <form {...formProps} className="space-y-4">
      <FormAlert state={state} />
      <Field
        label="New email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        {...field("email")}
      />
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...field("currentPassword")}
      />
      <SubmitButton pending={pending} variant="secondary" pendingText="Sending…">
        Change email
      </SubmitButton>
    </form>
  );
}
