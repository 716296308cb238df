"use client";

import { useActionState, useState, useTransition } from "react";
import { saveJournalEntry } from "@/actions/journal";
import { type ActionState, idleState, keptValues } from "@/lib/action-state";

const OFFLINE =
  "We couldn't reach the server, so nothing was saved. Your entry is still here; try again in a moment.";

/**
 * Saving a journal entry, two ways. With JavaScript the form calls `save`, which runs the
 * server action inside a transition (so the caller's optimistic update shows at once) and
 * turns a failed request into a message instead of an error page. Without JavaScript the
 * form posts to `formAction` and the server's answer (errors and kept values) comes back
 * through useActionState.
 */
export function useJournalSave() {
  const [serverState, formAction] = useActionState(saveJournalEntry, idleState);
  const [clientState, setClientState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();

  /** `showOptimistic` runs inside the transition, where useOptimistic updates must happen. */
  function save(formData: FormData, showOptimistic?: () => void) {
    startTransition(async () => {
      showOptimistic?.();
      try {
        setClientState(await saveJournalEntry(idleState, formData));
      } catch {
        setClientState({ status: "error", message: OFFLINE, values: keptValues(formData) });
      }
    });
  }

  return { state: clientState ?? serverState, formAction, save, pending };
}
