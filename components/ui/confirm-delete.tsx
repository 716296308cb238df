"use client";

import { useRef, type FormEvent } from "react";
import { buttonClassName } from "./button-class";
import { SubmitButton } from "./submit-button";

type Props = {
  /** What goes, in words that name it: "the entry for 3 Dec 2026". */
  what: string;
  /** The form action that deletes (a useActionState dispatcher), so it posts without JavaScript. */
  action: (formData: FormData) => void;
  /** Hidden fields the action needs (the id). */
  fields: Record<string, string>;
  /** The confirm button's words: "Delete entry". */
  confirmLabel: string;
  /**
   * This page's address, for "Keep it" without JavaScript: a plain GET back to it closes the
   * question (a `<details>` cannot be closed by a link to itself). A fragment brings the
   * person back to the item they kept.
   */
  keepHref: string;
  /**
   * With JavaScript, takes the confirmed delete over (an optimistic update) instead of the
   * form's own post.
   */
  onConfirm?: (formData: FormData) => void;
};

/**
 * A delete that asks first (issue 17: no one-tap loss of a health record). A `<details>`
 * disclosure, so it opens, says which item goes and closes with no JavaScript at all; its
 * "Delete…" control is a 44 px target and sits apart from "Edit". One open at a time on a page
 * (`name`), so a second "Delete…" never leaves an earlier question hanging open.
 */
export function ConfirmDelete({ what, action, fields, confirmLabel, keepHref, onConfirm }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const keep = new URL(keepHref, "http://keep.invalid");

  function close(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (details.current) details.current.open = false;
    summary.current?.focus();
  }

  function confirm(event: FormEvent<HTMLFormElement>) {
    if (!onConfirm) return;
    event.preventDefault();
    onConfirm(new FormData(event.currentTarget));
  }

  return (
    <details ref={details} name="confirm-delete" className="group">
      <summary
        ref={summary}
        className="text-danger-700 hover:bg-danger-50 inline-flex min-h-11 min-w-11 cursor-pointer list-none items-center rounded-full px-3 font-semibold underline [&::-webkit-details-marker]:hidden"
      >
        Delete<span aria-hidden="true">…</span>
        <span className="sr-only"> {what}</span>
      </summary>
      <div className="border-danger-700/40 bg-danger-50 mt-2 space-y-3 rounded-xl border p-4">
        <p className="font-semibold">
          Delete {what}? <span className="font-normal">This cannot be undone.</span>
        </p>
        <div className="flex flex-wrap gap-3">
          <form method="get" action={`${keep.pathname}${keep.hash}`} onSubmit={close}>
            {[...keep.searchParams].map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <button type="submit" className={buttonClassName("secondary")}>
              Keep it
            </button>
          </form>
          <form action={action} onSubmit={confirm}>
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <SubmitButton variant="danger" pendingText="Deleting…">
              {confirmLabel}
            </SubmitButton>
          </form>
        </div>
      </div>
    </details>
  );
}
