"use client";

import { useEffect, useRef } from "react";
import { saveReminderPlanAction } from "@/actions/reminders";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { FieldErrors, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export type PlanFormValues = {
  enabled: boolean;
  sessionDays: number[];
  windowStart: string;
  windowEnd: string;
  timeZone: string;
  quietStart: string;
  quietEnd: string;
  session: boolean;
  journal: boolean;
  digest: boolean;
  milestone: boolean;
};

const DAYS = [
  [1, "Mon", "Monday"],
  [2, "Tue", "Tuesday"],
  [3, "Wed", "Wednesday"],
  [4, "Thu", "Thursday"],
  [5, "Fri", "Friday"],
  [6, "Sat", "Saturday"],
  [7, "Sun", "Sunday"],
] as const;

const MESSAGES = [
  [
    "session",
    "Session reminder",
    "On a planned day, if no session is logged when your window ends (one follow-up two hours later at most)",
  ],
  ["journal", "Journal reminder", "At 20:00 if today has no journal entry"],
  ["digest", "Weekly summary", "Sunday at 18:00: sessions done, one insight, next week's plan"],
  ["milestone", "Milestone", "Once, when you reach 6 sessions in 14 days"],
] as const;

const checkboxClass = "accent-brand-700 h-5 w-5 shrink-0";

/**
 * The reminder plan. Posts without JavaScript; the server checks every field. With JavaScript,
 * a member who has never saved a plan gets their browser's time zone filled in (they can change
 * it). It has no browser-side schema check: the form is short, and the server's messages sit
 * beside each field all the same.
 */
export function ReminderPlanForm({
  initial,
  saved,
  timeZones,
}: {
  initial: PlanFormValues;
  saved: boolean;
  timeZones: readonly string[];
}) {
  const { state, pending, formAction, send } = useActionSubmit(saveReminderPlanAction);
  const zoneRef = useRef<HTMLSelectElement>(null);
  const kept = state.status === "error" ? state.values : undefined;
  const errors = state.fieldErrors ?? {};
  const keptDays = kept ? (kept.sessionDays ?? "").split("\n").filter(Boolean).map(Number) : null;
  const has = (name: "enabled" | "session" | "journal" | "digest" | "milestone") =>
    kept ? kept[name] === "on" : Boolean(initial[name]);
  const value = (name: "windowStart" | "windowEnd" | "quietStart" | "quietEnd" | "timeZone") =>
    kept?.[name] ?? initial[name];

  useEffect(() => {
    if (saved || !zoneRef.current) return;
    const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZones.includes(detected)) zoneRef.current.value = detected;
  }, [saved, timeZones]);

  // Remounts the form's fields after each answer so kept values replace stale ones.
  const key = JSON.stringify(state.values ?? state.status);

  return (
    <form
      key={key}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        send(new FormData(event.currentTarget));
      }}
      className="space-y-6"
      noValidate
    >
      <label className="flex items-center gap-3 text-lg font-semibold">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={has("enabled")}
          className={checkboxClass}
        />
        Send me reminders
      </label>

      <fieldset
        className="space-y-2"
        aria-describedby={errors.sessionDays ? "days-error" : undefined}
      >
        <legend className="font-medium">Session days</legend>
        <div className="flex flex-wrap gap-2">
          {DAYS.map(([day, short, long]) => (
            <label
              key={day}
              className="border-brand-200 has-checked:bg-brand-50 has-checked:border-brand-600 flex items-center gap-2 rounded-full border px-3 py-2"
            >
              <input
                type="checkbox"
                name="sessionDays"
                value={day}
                defaultChecked={(keptDays ?? initial.sessionDays).includes(day)}
                className={checkboxClass}
              />
              <span aria-hidden="true">{short}</span>
              <span className="sr-only">{long}</span>
            </label>
          ))}
        </div>
        <FieldErrors id="days-error" errors={errors.sessionDays ?? errors["sessionDays.0"]} />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <TimeField
          label="Session window starts"
          name="windowStart"
          value={value("windowStart")}
          errors={errors.windowStart}
        />
        <TimeField
          label="Session window ends"
          name="windowEnd"
          value={value("windowEnd")}
          errors={errors.windowEnd}
          hint="The session reminder goes at this time if no session is logged."
        />
      </div>

      <div>
        <label htmlFor="field-timeZone" className="block font-medium">
          Time zone
        </label>
        <p id="field-timeZone-hint" className="text-muted mt-0.5 text-sm">
          Detected from this device the first time; change it if it is wrong.
        </p>
        <select
          ref={zoneRef}
          id="field-timeZone"
          name="timeZone"
          defaultValue={value("timeZone")}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby={`field-timeZone-hint${errors.timeZone ? " field-timeZone-error" : ""}`}
          className={inputClass}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        <FieldErrors id="field-timeZone-error" errors={errors.timeZone} />
      </div>

      <fieldset className="space-y-2">
        <legend className="font-medium">Quiet hours</legend>
        <p className="text-muted text-sm">
          Nothing is sent between these times. Set both the same to have none.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TimeField
            label="Quiet from"
            name="quietStart"
            value={value("quietStart")}
            errors={errors.quietStart}
          />
          <TimeField
            label="Quiet until"
            name="quietEnd"
            value={value("quietEnd")}
            errors={errors.quietEnd}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="font-medium">Which messages</legend>
        {MESSAGES.map(([name, label, hint]) => (
          <div key={name} className="flex items-start gap-3">
            <input
              id={`message-${name}`}
              type="checkbox"
              name={name}
              defaultChecked={has(name)}
              aria-describedby={`message-${name}-hint`}
              className={`${checkboxClass} mt-0.5`}
            />
            <div>
              <label htmlFor={`message-${name}`} className="block font-medium">
                {label}
              </label>
              <p id={`message-${name}-hint`} className="text-muted text-sm">
                {hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      <FormAlert state={state} />
      <SubmitButton pending={pending} pendingText="Saving…">
        Save reminder plan
      </SubmitButton>
    </form>
  );
}

function TimeField({
  label,
  name,
  value,
  errors,
  hint,
}: {
  label: string;
  name: string;
  value: string;
  errors?: string[];
  hint?: string;
}) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted mt-0.5 text-sm">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="time"
        defaultValue={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={inputClass}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
