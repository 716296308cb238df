"use client";

import Link from "next/link";
import { useFieldArray } from "react-hook-form";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { IsoDate } from "@/lib/dates/iso-date";
import { JOURNAL_LIMITS } from "@/lib/journal/limits";
import { SelectField } from "./select-field";
import type { JournalForm } from "./use-journal-form";

const SCALE_1_5 = (words: readonly string[]) => [
  { value: "", label: "Not recorded" },
  ...words.map((w, i) => ({ value: String(i + 1), label: `${i + 1} – ${w}` })),
];
const SLEEP_QUALITY = SCALE_1_5(["very poor", "poor", "OK", "good", "very good"]);
const MOOD = SCALE_1_5(["very low", "low", "OK", "good", "very good"]);
const RESPONSES = [
  { value: "", label: "Choose…" },
  { value: "better", label: "Better" },
  { value: "same", label: "Same" },
  { value: "worse", label: "Worse" },
];

type Props = {
  date: IsoDate;
  /** Editing a saved entry (true) or adding the day's first (false). */
  editing: boolean;
  /** From useJournalForm, held by the parent that also shows the saved entries. */
  form: JournalForm;
  /** "quick" shows the everyday fields only (the dashboard); "full" shows everything. */
  variant?: "full" | "quick";
};

export function JournalEntryForm({ date, editing, form, variant = "full" }: Props) {
  const { state, pending, field, errorsFor, control, formProps } = form;
  const activities = useFieldArray({ control, name: "activities" });
  const full = variant === "full";
  const { errors: notesErrors, ...notes } = field("notes");

  return (
    <form {...formProps} className="space-y-5">
      <FormAlert state={state} />
      <HiddenField {...field("id")} />
      {full ? (
        <Field label="Date" type="date" max={date} {...field("date")} />
      ) : (
        <HiddenField {...field("date")} />
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Pain (0–10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          hint="Your typical pain today"
          {...field("pain")}
        />
        <Field
          label="Worst pain (0–10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          hint="At its worst today"
          {...field("worstPain")}
        />
        <Field
          label="Sleep (hours)"
          type="number"
          inputMode="decimal"
          min={0}
          max={24}
          step={0.5}
          hint="Last night, to the half hour"
          {...field("sleepHours")}
        />
        <Field
          label="Stress (0–10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          {...field("stress")}
        />
        {full ? (
          <>
            <SelectField label="Sleep quality" options={SLEEP_QUALITY} {...field("sleepQuality")} />
            <SelectField label="Mood" options={MOOD} {...field("mood")} />
            <Field
              label="Active minutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={1440}
              step={1}
              hint="Walking, cycling, exercise: anything that got you moving"
              {...field("activeMinutes")}
            />
          </>
        ) : null}
      </div>

      {full ? (
        <fieldset className="space-y-3">
          <legend className="font-medium">Activities tried</legend>
          <p className="text-muted text-sm">
            How did your back feel afterwards? Leave a row empty to skip it.
          </p>
          <FieldErrors errors={errorsFor("activities")} />
          {activities.fields.map((row, i) => (
            <div
              key={row.id}
              // Wraps instead of fixed columns: at 200 % text a 12rem column was 384 px and
              // pushed the row over the entry list (UX review #5).
              className="flex flex-wrap items-end gap-3 rounded-lg border border-gray-200 p-3"
            >
              <Field
                label={`Activity ${i + 1}`}
                maxLength={JOURNAL_LIMITS.activityName.max}
                className="min-w-0 flex-[2_1_12rem]"
                {...field(`activities.${i}.name`)}
              />
              <SelectField
                label={`How it felt (activity ${i + 1})`}
                options={RESPONSES}
                className="min-w-0 flex-[1_1_10rem]"
                {...field(`activities.${i}.response`)}
              />
              {activities.fields.length > 1 ? (
                <button
                  type="button"
                  onClick={() => activities.remove(i)}
                  className="text-brand-800 min-h-11 rounded-full px-4 text-sm font-semibold underline"
                >
                  Remove<span className="sr-only"> activity {i + 1}</span>
                </button>
              ) : null}
            </div>
          ))}
          {activities.fields.length < JOURNAL_LIMITS.activities.max ? (
            <button
              type="button"
              onClick={() => activities.append({ name: "", response: "" })}
              className="border-brand-600 text-brand-800 min-h-11 rounded-full border px-4 text-sm font-semibold"
            >
              Add another activity
            </button>
          ) : null}
        </fieldset>
      ) : null}

      {full ? (
        <Field
          label="What you ate"
          maxLength={JOURNAL_LIMITS.food.max}
          hint="A few words is plenty"
          {...field("food")}
        />
      ) : null}
      <div>
        <label htmlFor={notes.id} className="block font-medium">
          Notes
        </label>
        <textarea
          {...notes}
          rows={full ? 3 : 2}
          maxLength={JOURNAL_LIMITS.notes.max}
          aria-invalid={notesErrors ? true : undefined}
          aria-describedby={notesErrors ? `${notes.id}-error` : undefined}
          className={inputClass}
        />
        <FieldErrors id={`${notes.id}-error`} errors={notesErrors} />
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} pendingText="Saving…">
          {editing ? "Save changes" : "Save entry"}
        </SubmitButton>
        {full && editing ? (
          <Link className="underline" href="/journal">
            Back to today
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** A hidden input that carries its value; the field's error messages belong to no visible field. */
function HiddenField({ errors: _errors, ...input }: ReturnType<JournalForm["field"]>) {
  return <input type="hidden" {...input} />;
}
