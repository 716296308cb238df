"use client";

import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { forgotPasswordAction } from "@/actions/auth";

export function ForgotPasswordForm() {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.ForgotPasswordSchema),
    action: forgotPasswordAction,
    defaults: { email: "" },
    idPrefix: "forgot",
  });
  return (
    <form {...formProps} className="space-y-5">
      <FormAlert state={state} />
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        {...field("email")}
      />
      <SubmitButton pending={pending} pendingText="Sending…">
        Email me a reset link
      </SubmitButton>
    </form>
  );
}
