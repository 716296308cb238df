"use client";

import {
  addActivityAction,
  archiveActivityAction,
  rateActivityAction,
  renameActivityAction,
} from "@/actions/progress";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionButton } from "@/components/program/action-button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { ACTIVITY_NAME_MAX } from "@/lib/progress/activities";

const RATING_HINT = "0 is unable to do it, 10 is able to do it as well as before your back pain";

/** Names a new activity with its first rating; clears itself once added. */
export function AddActivityForm() {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/progress").then((m) => m.AddActivitySchema),
    action: addActivityAction,
    defaults: { name: "", rating: "" },
    idPrefix: "add-activity",
    afterSuccess: "reset",
  });
  return (
    <form {...formProps} className="space-y-4">
      <Field
        label="An everyday activity that is hard for you now"
        hint={`For example "carry shopping from the car" or "sit through a film" (up to ${ACTIVITY_NAME_MAX} characters)`}
        required
        maxLength={ACTIVITY_NAME_MAX}
        className="max-w-md"
        {...field("name")}
      />
      <Field
        label="How well can you do it now? (0–10)"
        hint={RATING_HINT}
        required
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        className="max-w-md"
        {...field("rating")}
      />
      <FormAlert state={state} />
      <SubmitButton pending={pending} pendingText="Adding…">
        Add activity
      </SubmitButton>
    </form>
  );
}

/** One activity's re-rating, rename and remove forms. */
export function ActivityControls({ id, name }: { id: string; name: string }) {
  const rate = useActionForm({
    loadSchema: () => import("@/lib/validations/progress").then((m) => m.RateActivitySchema),
    action: rateActivityAction,
    defaults: { activityId: id, rating: "" },
    idPrefix: `rate-${id}`,
    afterSuccess: "reset",
  });
  const rename = useActionForm({
    loadSchema: () => import("@/lib/validations/progress").then((m) => m.RenameActivitySchema),
    action: renameActivityAction,
    defaults: { activityId: id, name },
    idPrefix: `rename-${id}`,
  });
  return (
    <div className="space-y-4">
      <form {...rate.formProps} className="space-y-3">
        <input type="hidden" name="activityId" value={id} />
        <Field
          label={`Rate "${name}" today (0–10)`}
          hint={RATING_HINT}
          required
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          className="max-w-md"
          {...rate.field("rating")}
        />
        <FormAlert state={rate.state} />
        <SubmitButton pending={rate.pending} pendingText="Saving…">
          Save rating
        </SubmitButton>
      </form>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium underline">
          Rename or remove
        </summary>
        <div className="mt-2 space-y-4">
          <form {...rename.formProps} className="space-y-3">
            <input type="hidden" name="activityId" value={id} />
            <Field
              label="New name"
              hint="Its ratings so far are kept."
              required
              maxLength={ACTIVITY_NAME_MAX}
              className="max-w-md"
              {...rename.field("name")}
            />
            <FormAlert state={rename.state} />
            <SubmitButton pending={rename.pending} pendingText="Renaming…" variant="secondary">
              Rename
            </SubmitButton>
          </form>
          <div className="space-y-1">
            <p className="text-muted text-sm">
              Removing hides it from this page. Its ratings stay in your data export.
            </p>
            <ActionButton
              action={archiveActivityAction}
              fields={{ activityId: id }}
              label="Remove from my list"
              accessibleLabel={`Remove "${name}" from my list`}
              pendingText="Removing…"
              variant="secondary"
            />
          </div>
        </div>
      </details>
    </div>
  );
}
