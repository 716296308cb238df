"use client";

import { useActionState, type ComponentProps } from "react";
import { useFormPermalink } from "./form-permalink";

type Props = Omit<ComponentProps<"form">, "action"> & {
  /** A server action that answers by redirecting or refreshing, not with a state to show. */
  action: (state: void, formData: FormData) => Promise<void>;
};

/**
 * A form posting to a server action that shows no answer of its own (sign out, start a
 * program). It exists for the `action` attribute: a server action passed straight to
 * `<form action>` renders `action=""`, which is invalid HTML (see form-permalink.ts).
 */
export function ActionForm({ action, ...props }: Props) {
  const [, formAction] = useActionState(action, undefined, useFormPermalink());
  return <form {...props} action={formAction} />;
}
