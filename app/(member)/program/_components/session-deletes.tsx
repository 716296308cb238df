"use client";

import { createContext, use, useActionState, type ReactNode } from "react";
import { deleteExerciseSessionAction } from "@/actions/program";
import { useFormPermalink } from "@/components/forms/form-permalink";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { FormAlert } from "@/components/ui/form-alert";
import { idleState } from "@/lib/action-state";

const DeleteAction = createContext<((formData: FormData) => void) | null>(null);

/**
 * One delete action for the whole session list: its answer ("Session deleted.") outlives the
 * deleted row, with or without JavaScript. The rows stay server-rendered (`children`).
 */
export function SessionDeletes({ children }: { children: ReactNode }) {
  const [state, action] = useActionState(
    deleteExerciseSessionAction,
    idleState,
    useFormPermalink(),
  );
  return (
    <DeleteAction value={action}>
      <FormAlert state={state} />
      {children}
    </DeleteAction>
  );
}

/** "Delete…" for one logged session, asking first and naming the day. */
export function DeleteSession({ id, day }: { id: string; day: string }) {
  const action = use(DeleteAction);
  if (!action) throw new Error("DeleteSession must sit inside SessionDeletes");
  return (
    <ConfirmDelete
      what={`the session on ${day}`}
      action={action}
      fields={{ id }}
      confirmLabel="Delete session"
      keepHref={`/program#session-${id}`}
    />
  );
}
