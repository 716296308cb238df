"use client";

import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteAccountAction } from "@/actions/account";

// Accounts that only sign in with Google or GitHub have no password to type,
// so they confirm with their email instead.

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  return hasPassword ? <ByPassword /> : <ByEmail />;
}

function ByPassword() {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.DeleteAccountSchema),
    action: deleteAccountAction,
    defaults: { password: "" },
    idPrefix: "delete-account",
  });
  return (
    <form {...formProps} className="space-y-4">
      <FormAlert state={state} />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        hint="Type your password to confirm."
        {...field("password")}
      />
      <SubmitButton pending={pending} variant="danger" pendingText="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}

function ByEmail() {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.ConfirmByEmailSchema),
    action: deleteAccountAction,
    defaults: { email: "" },
    idPrefix: "delete-account",
  });
  return (
    <form {...formProps} className="space-y-4">
      <FormAlert state={state} />
      <Field
        label="Email"
        type="email"
        autoComplete="off"
        hint="Type your account’s email to confirm."
        {...field("email")}
      />
      <SubmitButton pending={pending} variant="danger" pendingText="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
