"use client";

import { useActionState } from "react";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type ActionState } from "@/lib/action-state";
import {
  COMMENT_BODY_MAX,
  COMMENT_MAX_LINKS,
  COMMENT_NAME_MAX,
  HONEYPOT_FIELD,
} from "@/lib/validations/comment-length-limits";
import type { CommentsPayload } from "./types";

type Props = {
  slug: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  viewer: CommentsPayload["viewer"];
};

/**
 * A server-action form, so it also works before (or without) JavaScript. A
 * signed-in member's name and email arrive with the comments and fill the
 * empty fields; what someone has typed is never overwritten.
 */
export function CommentForm({ slug, action, viewer }: Props) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const errors = state.fieldErrors ?? {};
  const kept = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="mt-6 max-w-2xl space-y-5">
      <h3 id="comment-form-heading" className="text-xl font-semibold">
        Leave a comment
      </h3>
      <FormAlert state={state} />
      <input type="hidden" name="slug" value={slug} />
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        maxLength={COMMENT_NAME_MAX}
        defaultValue={kept?.name ?? viewer?.name ?? ""}
        errors={errors.name}
        hint="Shown with your comment."
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={kept?.email ?? viewer?.email ?? ""}
        errors={errors.email}
        hint="Never shown publicly. We only use it if we need to contact you about your comment."
      />
      <div>
        <label htmlFor="field-body" className="block font-medium">
          Comment
        </label>
        <p id="field-body-hint" className="text-muted mt-0.5 text-sm">
          Plain text, up to {COMMENT_BODY_MAX} characters and {COMMENT_MAX_LINKS} links. Comments
          appear after a moderator approves them. Please don’t share personal medical details.
        </p>
        <textarea
          id="field-body"
          name="body"
          rows={5}
          required
          maxLength={COMMENT_BODY_MAX}
          defaultValue={kept?.body ?? ""}
          aria-invalid={errors.body?.length ? true : undefined}
          aria-describedby={["field-body-hint", errors.body?.length ? "field-body-error" : ""]
            .filter(Boolean)
            .join(" ")}
          className={inputClass}
        />
        <FieldErrors id="field-body-error" errors={errors.body} />
      </div>
      {/* Honeypot: off-screen and out of the tab order; people never fill it, naive bots do. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="field-website">Website</label>
        <input
          id="field-website"
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <SubmitButton pending={pending} pendingText="Posting…">
        Post comment
      </SubmitButton>
    </form>
  );
}
