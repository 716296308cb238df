"use client";

import { useActionState } from "react";
import { logExerciseSession } from "@/actions/program";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/action-state";
import type { IsoDate } from "@/lib/dates/iso-date";

type Props = {
  today: IsoDate;
  /** The current phase's exercises, in plan order. */
  exercises: readonly { id: string; name: string }[];
  /** Today's session: ticked to start with. */
  suggestedIds: readonly string[];
};

/**
 * Logging a session: a plain server-action form (works before JavaScript loads). A failed
 * submit re-renders with the server's kept values as defaults, so nothing typed is lost.
 */
export function LogSessionForm({ today, exercises, suggestedIds }: Props) {
  const [state, action] = useActionState(logExerciseSession, idleState);
  const kept = state.status === "error" ? state.values : undefined;
  const ticked = new Set(
    kept ? (kept.exerciseIds ?? "").split("\n").filter(Boolean) : suggestedIds,
  );
  const errors = state.fieldErrors ?? {};
  const exerciseErrors = Object.entries(errors)
    .filter(([key]) => key === "exerciseIds" || key.startsWith("exerciseIds."))
    .flatMap(([, messages]) => messages);

  return (
    // Re-mounted per result so the defaults below take effect after each submit.
    <form action={action} noValidate className="space-y-5" key={JSON.stringify(state)}>
      <FormAlert state={state} />
      <Field
        label="Date"
        type="date"
        max={today}
        defaultValue={kept?.date ?? today}
        errors={errors.date}
        name="date"
        id="session-date"
      />
      <fieldset aria-describedby={exerciseErrors.length ? "session-exercises-error" : undefined}>
        <legend className="font-medium">Exercises done</legend>
        <p className="text-muted text-sm">
          Today&apos;s session is ticked; change it to match what you did.
        </p>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {exercises.map((e) => (
            <li key={e.id}>
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="exerciseIds"
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
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          name="effort"
          id="session-effort"
          hint="1 very easy, 10 flat out"
          defaultValue={kept?.effort ?? ""}
          errors={errors.effort}
        />
        <Field
          label="Pain before (0–10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          name="painBefore"
          id="session-pain-before"
          defaultValue={kept?.painBefore ?? ""}
          errors={errors.painBefore}
        />
        <Field
          label="Pain after (0–10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          name="painAfter"
          id="session-pain-after"
          defaultValue={kept?.painAfter ?? ""}
          errors={errors.painAfter}
        />
      </div>
      <div>
        <label htmlFor="session-notes" className="block font-medium">
          Session notes
        </label>
        <textarea
          id="session-notes"
          name="notes"
          rows={2}
          maxLength={2000}
          defaultValue={kept?.notes ?? ""}
          className={inputClass}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={errors.notes ? "session-notes-error" : undefined}
        />
        <FieldErrors id="session-notes-error" errors={errors.notes} />
      </div>
      <SubmitButton pendingText="Logging…">Log session</SubmitButton>
    </form>
  );
}
