"use client";

import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { PASSWORD_MIN, PASSWORD_SUGGESTED } from "@/lib/validations/password-limits";
import { signUpAction } from "@/actions/auth";

export function SignUpForm({ next }: { next?: string }) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.SignUpSchema),
    action: signUpAction,
    defaults: { name: "", email: "", password: "" },
    idPrefix: "sign-up",
  });
  return (
    <form {...formProps} className="space-y-5">
      <FormAlert state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field label="Name" autoComplete="name" {...field("name")} />
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        {...field("email")}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters; ${PASSWORD_SUGGESTED} or more is better. A few unrelated words make a strong, memorable password.`}
        {...field("password")}
      />
      <SubmitButton pending={pending} pendingText="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
