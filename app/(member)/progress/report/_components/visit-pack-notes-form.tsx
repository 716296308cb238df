"use client";

import { saveVisitPackNotesAction } from "@/actions/visit-pack";
import { useActionForm } from "@/components/forms/use-action-form";
import { FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { VISIT_PACK_NOTE_LIMITS, type VisitPackNotes } from "@/lib/progress/visit-pack-notes";

const QUESTIONS = [
  {
    name: "mainConcern",
    label: "My main concern",
    hint: "The one thing you most want to talk about.",
    rows: 2,
  },
  {
    name: "whatChanged",
    label: "What changed",
    hint: "Since your last visit, or since the pain began: better, worse or different.",
    rows: 3,
  },
  { name: "questions", label: "My questions", hint: "One per line is easiest to read.", rows: 3 },
] as const;

/**
 * "In my own words" for the pack: three short answers, saved with the range and sections on
 * show (hidden fields) so the pack opens the same way next time. Posts without JavaScript too.
 */
export function VisitPackNotesForm({
  notes,
  choice,
}: {
  notes: VisitPackNotes;
  /** The pack's query as name/value pairs, carried as hidden fields. */
  choice: readonly [string, string][];
}) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/visit-pack").then((m) => m.VisitPackNotesSchema),
    action: saveVisitPackNotesAction,
    defaults: {
      whatChanged: notes.whatChanged ?? "",
      mainConcern: notes.mainConcern ?? "",
      questions: notes.questions ?? "",
    },
    idPrefix: "pack-notes",
  });
  return (
    <form {...formProps} className="space-y-4">
      {choice.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      {QUESTIONS.map((q) => {
        const { errors, ...input } = field(q.name);
        const hintId = `${input.id}-hint`;
        const errorId = `${input.id}-error`;
        return (
          <div key={q.name}>
            <label htmlFor={input.id} className="block font-medium">
              {q.label}
            </label>
            <p id={hintId} className="text-muted mt-0.5 text-sm">
              {q.hint} Up to {VISIT_PACK_NOTE_LIMITS[q.name]} characters.
            </p>
            <textarea
              {...input}
              rows={q.rows}
              maxLength={VISIT_PACK_NOTE_LIMITS[q.name]}
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `${hintId} ${errorId}` : hintId}
              className={inputClass}
            />
            <FieldErrors id={errorId} errors={errors} />
          </div>
        );
      })}
      <FormAlert state={state} />
      <SubmitButton pending={pending} pendingText="Saving…">
        Save my words
      </SubmitButton>
    </form>
  );
}
