"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormAction, useActionSubmit } from "@/components/forms/use-action-submit";
import {
  COMMENT_BODY_MAX,
  COMMENT_MAX_LINKS,
  COMMENT_NAME_MAX,
  HONEYPOT_FIELD,
} from "@/lib/validations/comment-length-limits";
import type { CommentsPayload } from "./types";

type Props = {
  slug: string;
  action: FormAction;
  viewer: CommentsPayload["viewer"];
};

/**
 * Works before (or without) JavaScript. It sends through the site's one submit recipe
 * (useActionSubmit) but leaves checking to the server: react-hook-form would not fit the
 * article's JavaScript budget, and the server answers with every field's message. A
 * signed-in member's name and email arrive with the comments and fill the empty fields;
 * what someone has typed is never overwritten. A posted comment clears the form.
 */
export function CommentForm({ slug, action, viewer }: Props) {
  const { state, sent, pending, formAction, send } = useActionSubmit(action);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  const kept = state.status === "error" ? state.values : undefined;
  useEffect(() => {
    if (sent?.status === "success") formRef.current?.reset();
  }, [sent]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(new FormData(event.currentTarget));
  }

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="mt-6 max-w-2xl space-y-5"
    >
      <h3 id="comment-form-heading" className="text-xl font-semibold">
        Leave a comment
      </h3>
      <FormAlert state={state} />
      <input type="hidden" name="slug" value={slug} />
      <FieldErrors errors={errors.slug} />
      <Field
        label="Name"
        name="name"
        id="comment-name"
        autoComplete="name"
        required
        maxLength={COMMENT_NAME_MAX}
        // A changed defaultValue shows only while the field is untouched: typing is never lost.
        defaultValue={kept?.name ?? viewer?.name ?? ""}
        errors={errors.name}
        hint="Shown with your comment."
      />
      <Field
        label="Email"
        name="email"
        id="comment-email"
        type="email"
        autoComplete="email"
        required
        defaultValue={kept?.email ?? viewer?.email ?? ""}
        errors={errors.email}
        hint="Never shown publicly. We only use it if we need to contact you about your comment."
      />
      <div>
        <label htmlFor="comment-body" className="block font-medium">
          Comment
        </label>
        <p id="comment-body-hint" className="text-muted mt-0.5 text-sm">
          Plain text, up to {COMMENT_BODY_MAX} characters and {COMMENT_MAX_LINKS} links. Comments
          appear after a moderator approves them. Please don’t share personal medical details.
        </p>
        <textarea
          id="comment-body"
          name="body"
          rows={5}
          required
          maxLength={COMMENT_BODY_MAX}
          defaultValue={kept?.body ?? ""}
          aria-invalid={errors.body?.length ? true : undefined}
          aria-describedby={["comment-body-hint", errors.body?.length ? "comment-body-error" : ""]
            .filter(Boolean)
            .join(" ")}
          className={inputClass}
        />
        <FieldErrors id="comment-body-error" errors={errors.body} />
      </div>
      {/* Honeypot: off-screen and out of the tab order; people never fill it, naive bots do. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="comment-website">Website</label>
        <input
          id="comment-website"
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
