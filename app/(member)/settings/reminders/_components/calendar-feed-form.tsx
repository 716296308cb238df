"use client";

import { newCalendarFeedAction, revokeCalendarFeedAction } from "@/actions/reminders";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Makes (or remakes) the private calendar link and shows it once; or turns it off. Both post
 * without JavaScript.
 */
export function CalendarFeedForm({ hasFeed }: { hasFeed: boolean }) {
  const create = useActionSubmit(newCalendarFeedAction);
  const revoke = useActionSubmit(revokeCalendarFeedAction);
  const feedUrl = create.state.status === "success" ? create.state.values?.feedUrl : undefined;
  const live = feedUrl !== undefined || (hasFeed && revoke.state.status !== "success");

  return (
    <div className="space-y-4">
      {feedUrl ? (
        <div className="space-y-2">
          <label htmlFor="calendar-feed-url" className="block font-medium">
            Your calendar link
          </label>
          <input
            id="calendar-feed-url"
            readOnly
            value={feedUrl}
            className={`${inputClass} font-mono text-sm`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <a className="underline" href={feedUrl} download>
              Download the calendar file
            </a>
            <a className="underline" href={feedUrl.replace(/^https?:/, "webcal:")}>
              Open in your calendar app
            </a>
          </p>
        </div>
      ) : null}
      <FormAlert state={create.state.status === "success" ? create.state : revoke.state} />
      <div className="flex flex-wrap gap-3">
        <form
          action={create.formAction}
          onSubmit={(e) => {
            e.preventDefault();
            create.send(new FormData(e.currentTarget));
          }}
        >
          <SubmitButton pending={create.pending} pendingText="Making the link…">
            {live ? "Make a new link (the old one stops working)" : "Make a calendar link"}
          </SubmitButton>
        </form>
        {live ? (
          <form
            action={revoke.formAction}
            onSubmit={(e) => {
              e.preventDefault();
              revoke.send(new FormData(e.currentTarget));
            }}
          >
            <SubmitButton pending={revoke.pending} pendingText="Turning off…" variant="secondary">
              Turn the link off
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
