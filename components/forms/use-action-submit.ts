"use client";

import { useActionState, useState, useTransition } from "react";
import { unstable_rethrow } from "next/navigation";
import { idleState, keptValues, type ActionState } from "@/lib/action-state";
import { useFormPermalink } from "./form-permalink";

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const UNREACHABLE =
  "We couldn't reach the server, so nothing was sent. Everything you typed is still here; try again in a moment.";

/**
 * How every form on the site sends itself to its server action.
 *
 * - Without JavaScript the form posts to `formAction` (the action itself); the server's
 *   errors and kept values render through useActionState.
 * - With JavaScript `send` calls the action inside a transition, so an optimistic update
 *   made in `beforeSend` shows at once, and a lost connection becomes a message beside
 *   the form, with everything typed kept, instead of an error page.
 *
 * useActionForm adds the browser-side check (react-hook-form with the action's own zod
 * schema) on top; a form on a page whose JavaScript budget cannot carry that (the
 * article's comment form) uses this alone and is checked by the server.
 */
export function useActionSubmit(action: FormAction) {
  const [serverState, formAction] = useActionState(action, idleState, useFormPermalink());
  const [clientState, setClientState] = useState<ActionState | null>(null);
  const [pending, startTransition] = useTransition();

  function send(data: FormData, beforeSend?: () => void) {
    startTransition(async () => {
      beforeSend?.();
      try {
        setClientState(await action(idleState, data));
      } catch (error) {
        unstable_rethrow(error); // a redirect from the action is a navigation, not a failure
        setClientState({ status: "error", message: UNREACHABLE, values: keptValues(data) });
      }
    });
  }

  return {
    /** The last answer: from `send`, else from a no-JavaScript post. */
    state: clientState ?? serverState,
    /** Set only by `send`: what this page's own submits got back. */
    sent: clientState,
    pending,
    formAction,
    send,
  };
}
