"use client";

import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateNameAction } from "@/actions/account";

export function NameForm({ name }: { name: string }) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.ChangeNameSchema),
    action: updateNameAction,
    defaults: { name },
    idPrefix: "account-name",
  });
  return (
    <form {...formProps} className="space-y-4">
      <FormAlert state={state} />
      <Field label="Name" autoComplete="name" {...field("name")} />
      <SubmitButton pending={pending} variant="secondary">
        Save name
      </SubmitButton>
    </form>
  );
}
