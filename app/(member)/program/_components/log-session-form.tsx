"use client";

import { logExerciseSessionAction } from "@/actions/program";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { IsoDate } from "@/lib/dates/iso-date";
import { useActionForm } from "@/components/forms/use-action-form";

type Props = {
  today: IsoDate;
  /** The current phase's exercises, in plan order. */
  exercises: readonly { id: string; name: string }[];
  /** Today's session: ticked to start with. */
  suggestedIds: readonly string[];
};

/**
 * Logging a session. It validates as the member types and still posts without JavaScript;
 * a refused submit keeps everything typed and ticked, and a logged session clears the form.
 */
export function LogSessionForm({ today, exercises, suggestedIds }: Props) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/program").then((m) => m.LogSessionSchema),
    action: logExerciseSessionAction,
    defaults: (kept) => ({
      date: kept?.date ?? today,
      // The server keeps repeated names joined by line breaks.
      exerciseIds: kept ? (kept.exerciseIds ?? "").split("\n").filter(Boolean) : [...suggestedIds],
      effort: kept?.effort ?? "",
      painBefore: kept?.painBefore ?? "",
      painAfter: kept?.painAfter ?? "",
      notes: kept?.notes ?? "",
    }),
    idPrefix: "session",
    afterSuccess: "reset",
  });
  const kept = state.status === "error" ? state.values : undefined;
  const ticked = new Set(
    kept ? (kept.exerciseIds ?? "").split("\n").filter(Boolean) : suggestedIds,
  );
  const {
    errors: listErrors,
    id: _listId,
    defaultValue: _none,
    ...exercise
  } = field("exerciseIds");
  // The server names a bad tick by its place ("exerciseIds.2"); all of them belong to the list.
  const exerciseErrors = [
    ...(listErrors ?? []),
    ...Object.entries(state.fieldErrors ?? {})
      .filter(([key]) => key.startsWith("exerciseIds."))
      .flatMap(([, messages]) => messages),
  ];
  const { errors: notesErrors, ...notes } = field("notes");

  return (
    <form {...formProps} className="space-y-5">
      <Field label="Date" type="date" max={today} required {...field("date")} />
      <fieldset aria-describedby={exerciseErrors.length ? "session-exercises-error" : undefined}>
        <legend className="font-medium">
          Exercises done <span className="text-muted font-normal">(tick at least one)</span>
        </legend>
        <p className="text-muted text-sm">
          Today&apos;s session is ticked; change it to match what you did.
        </p>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {exercises.map((e) => (
            <li key={e.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  {...exercise}
                  value={e.id}
                  defaultChecked={ticked.has(e.id)}
                  className="accent-brand-700 size-5"
                />
                {e.name}
              </label>
            </li>
          ))}
        </ul>
        <FieldErrors
          id="session-exercises-error"
          errors={exerciseErrors.length ? exerciseErrors : undefined}
        />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Effort (1–10)"
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          hint="1 very easy, 10 flat out"
          {...field("effort")}
        />
        <Field
          label="Pain before (0–10)"
          required
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          {...field("painBefore")}
        />
        <Field
          label="Pain after (0–10)"
          required
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          {...field("painAfter")}
        />
      </div>
      <div>
        <label htmlFor={notes.id} className="block font-medium">
          Session notes
        </label>
        <textarea
          {...notes}
          rows={2}
          maxLength={2000}
          className={inputClass}
          aria-invalid={notesErrors ? true : undefined}
          aria-describedby={notesErrors ? `${notes.id}-error` : undefined}
        />
        <FieldErrors id={`${notes.id}-error`} errors={notesErrors} />
      </div>
      {/* Beside the button, where a phone's screen is after tapping it. */}
      <FormAlert state={state} />
      <SubmitButton pending={pending} pendingText="Logging…">
        Log session
      </SubmitButton>
    </form>
  );
}
