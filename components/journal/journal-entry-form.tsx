"use client";

import Link from "next/link";
import { useFieldArray, useForm, type FieldErrors as FormErrors } from "react-hook-form";
import type { z } from "zod";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { JournalEntryView } from "@/db/queries/journal";
import type { ActionState } from "@/lib/action-state";
import type { IsoDate } from "@/lib/dates/iso-date";
import { lazyZodResolver } from "@/lib/forms/lazy-zod-resolver";
import { JOURNAL_LIMITS } from "@/lib/journal/limits";
import type { JournalEntryValues } from "@/lib/journal/validation";
import { type JournalFormValues, journalFormDefaults } from "./form-values";
import { SelectField } from "./select-field";

// The schema parses FormData-shaped input (strings) into numbers and nulls; the form holds
// exactly that input, so this only tells the resolver's types what the schema already accepts.
// Loaded on first validation, keeping zod out of the page's initial JavaScript.
const resolver = lazyZodResolver(() =>
  import("@/lib/journal/validation").then(
    (m) => m.JournalEntrySchema as unknown as z.ZodType<JournalEntryValues, JournalFormValues>,
  ),
);

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
  entry: JournalEntryView | null;
  state: ActionState;
  pending: boolean;
  /** The no-JavaScript path: the server action itself. */
  formAction: (formData: FormData) => void;
  /** The JavaScript path, called with the form's data once the shared schema accepts it. */
  onValidSubmit: (formData: FormData, values: JournalEntryValues) => void;
  /** "quick" shows the everyday fields only (the dashboard); "full" shows everything. */
  variant?: "full" | "quick";
};

export function JournalEntryForm({
  date,
  entry,
  state,
  pending,
  formAction,
  onValidSubmit,
  variant = "full",
}: Props) {
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<JournalFormValues, unknown, JournalEntryValues>({
    resolver,
    defaultValues: journalFormDefaults(
      date,
      entry,
      state.status === "error" ? state.values : undefined,
    ),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const activities = useFieldArray({ control, name: "activities" });

  /** The client's message for a field when it has one, else the server's. */
  const errorsFor = (name: string): string[] | undefined => {
    const message = messageAt(errors, name);
    return message ? [message] : state.fieldErrors?.[name];
  };
  const full = variant === "full";
  const clientInvalid = Object.keys(errors).length > 0;
  const alert: Pick<ActionState, "status" | "message"> = clientInvalid
    ? { status: "error", message: "Please check the highlighted fields." }
    : state;

  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((values, event) => {
        // The server gets the form exactly as typed (FormData), and parses it with the same schema.
        const form: unknown = event?.target;
        if (form instanceof HTMLFormElement) onValidSubmit(new FormData(form), values);
      })}
      onFocus={resolver.preload}
      noValidate
      className="space-y-5"
    >
      <FormAlert state={alert} />
      <input type="hidden" {...register("id")} />
      {full ? (
        <Field
          label="Date"
          type="date"
          max={date}
          errors={errorsFor("date")}
          {...register("date")}
          id={`${variant}-date`}
        />
      ) : (
        <input type="hidden" {...register("date")} />
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
          errors={errorsFor("pain")}
          {...register("pain")}
          id={`${variant}-pain`}
        />
        <Field
          label="Worst pain (0–10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          hint="At its worst today"
          errors={errorsFor("worstPain")}
          {...register("worstPain")}
          id={`${variant}-worstPain`}
        />
        <Field
          label="Sleep (hours)"
          type="number"
          inputMode="decimal"
          min={0}
          max={24}
          step={0.5}
          hint="Last night, to the half hour"
          errors={errorsFor("sleepHours")}
          {...register("sleepHours")}
          id={`${variant}-sleepHours`}
        />
        <Field
          label="Stress (0–10)"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          step={1}
          errors={errorsFor("stress")}
          {...register("stress")}
          id={`${variant}-stress`}
        />
        {full ? (
          <>
            <SelectField
              label="Sleep quality"
              options={SLEEP_QUALITY}
              errors={errorsFor("sleepQuality")}
              {...register("sleepQuality")}
              id={`${variant}-sleepQuality`}
            />
            <SelectField
              label="Mood"
              options={MOOD}
              errors={errorsFor("mood")}
              {...register("mood")}
              id={`${variant}-mood`}
            />
            <Field
              label="Active minutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={1440}
              step={1}
              hint="Walking, cycling, exercise: anything that got you moving"
              errors={errorsFor("activeMinutes")}
              {...register("activeMinutes")}
              id={`${variant}-activeMinutes`}
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
              className="grid gap-3 rounded-lg border border-gray-200 p-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
            >
              <Field
                label={`Activity ${i + 1}`}
                maxLength={JOURNAL_LIMITS.activityName.max}
                errors={errorsFor(`activities.${i}.name`)}
                {...register(`activities.${i}.name`)}
                id={`${variant}-activity-${i}-name`}
              />
              <SelectField
                label={`How it felt (activity ${i + 1})`}
                options={RESPONSES}
                errors={errorsFor(`activities.${i}.response`)}
                {...register(`activities.${i}.response`)}
                id={`${variant}-activity-${i}-response`}
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
          errors={errorsFor("food")}
          {...register("food")}
          id={`${variant}-food`}
        />
      ) : null}
      <div>
        <label htmlFor={`${variant}-notes`} className="block font-medium">
          Notes
        </label>
        <textarea
          id={`${variant}-notes`}
          rows={full ? 3 : 2}
          maxLength={JOURNAL_LIMITS.notes.max}
          aria-invalid={errorsFor("notes") ? true : undefined}
          aria-describedby={errorsFor("notes") ? `${variant}-notes-error` : undefined}
          className={inputClass}
          {...register("notes")}
        />
        <FieldErrors id={`${variant}-notes-error`} errors={errorsFor("notes")} />
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} pendingText="Saving…">
          {entry ? "Save changes" : "Save entry"}
        </SubmitButton>
        {full && entry ? (
          <Link className="underline" href="/journal">
            Back to today
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** RHF nests errors by path ("activities.0.name"); the server keys them by the same dotted path. */
function messageAt(errors: FormErrors<JournalFormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== "object" || node === null) return undefined;
  const { message } = node as { message?: unknown };
  if (typeof message === "string") return message;
  const root = (node as { root?: { message?: unknown } }).root?.message;
  return typeof root === "string" ? root : undefined;
}
