"use client";

import { useActionState } from "react";
import { useFormPermalink } from "@/components/forms/form-permalink";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/action-state";
import { confirmEmailChangeAction } from "@/actions/account";

// A button, not an automatic change on opening the link: mail scanners and
// link previews fetch links, and must not change anyone's email.
export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(
    confirmEmailChangeAction,
    idleState,
    useFormPermalink(),
  );
  return (
    <form action={action} className="space-y-4">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingText="Confirming…">
        Confirm new email
      </SubmitButton>
    </form>
  );
}
