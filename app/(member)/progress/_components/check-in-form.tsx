"use client";

import { saveWeeklyCheckInAction } from "@/actions/progress";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

type Ratings = { pain: number; enjoyment: number; activity: number };

const QUESTIONS = [
  {
    name: "pain",
    label: "Your average pain in the past 7 days",
    hint: "0 is no pain, 10 is the worst pain you can imagine",
  },
  {
    name: "enjoyment",
    label: "How much pain got in the way of enjoying life",
    hint: "0 is not at all, 10 is completely",
  },
  {
    name: "activity",
    label: "How much pain got in the way of your everyday activity",
    hint: "0 is not at all, 10 is completely",
  },
] as const;

/**
 * The weekly check-in: three 0–10 answers. It checks as the member types and still posts
 * without JavaScript; this week's answers, once saved, fill it in so a second save edits them.
 */
export function CheckInForm({ thisWeek }: { thisWeek: Ratings | null }) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/progress").then((m) => m.WeeklyCheckInSchema),
    action: saveWeeklyCheckInAction,
    defaults: {
      pain: thisWeek ? String(thisWeek.pain) : "",
      enjoyment: thisWeek ? String(thisWeek.enjoyment) : "",
      activity: thisWeek ? String(thisWeek.activity) : "",
    },
    idPrefix: "check-in",
  });
  return (
    <form {...formProps} className="space-y-4">
      {QUESTIONS.map((q) => (
        <Field
          key={q.name}
          label={`${q.label} (0–10)`}
          hint={q.hint}
          required
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          className="max-w-md"
          {...field(q.name)}
        />
      ))}
      <FormAlert state={state} />
      <SubmitButton pending={pending} pendingText="Saving…">
        {thisWeek ? "Update this week's check-in" : "Save this week's check-in"}
      </SubmitButton>
    </form>
  );
}
