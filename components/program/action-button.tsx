"use client";

import { useActionState } from "react";
import { useFormPermalink } from "@/components/forms/form-permalink";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, idleState } from "@/lib/action-state";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields the action needs (ids, a direction). */
  fields: Record<string, string>;
  label: string;
  /** Spoken instead of `label` when the visible words need more context. */
  accessibleLabel?: string;
  pendingText: string;
  variant?: "primary" | "secondary" | "danger";
};

/** A one-button server-action form with its result announced beside it. */
export function ActionButton({
  action,
  fields,
  label,
  accessibleLabel,
  pendingText,
  variant = "primary",
}: Props) {
  const [state, formAction] = useActionState(action, idleState, useFormPermalink());
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {accessibleLabel ? (
          <>
            <span aria-hidden="true">{label}</span>
            <span className="sr-only">{accessibleLabel}</span>
          </>
        ) : (
          label
        )}
      </SubmitButton>
      <FormAlert state={state} />
    </form>
  );
}
