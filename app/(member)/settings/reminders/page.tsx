import type { Metadata } from "next";
import { CalendarFeedForm } from "@/app/(member)/settings/reminders/_components/calendar-feed-form";
import { ReminderPlanForm } from "@/app/(member)/settings/reminders/_components/reminder-plan-form";
import { formatShortDate } from "@/lib/dates/iso-date";
import { KIND_LABELS } from "@/lib/reminders/plan";
import { formatInZone, timeZoneNames } from "@/lib/reminders/time-zones";
import { requireUser } from "@/server/auth/current-user";
import { loadReminders } from "@/server/member/load-reminders";

export const metadata: Metadata = { title: "Reminders" };

const STATE_LABELS = {
  sent: "Sent",
  sending: "Sending",
  failed: "Not delivered yet, trying again",
  waiting: "Waiting to send",
} as const;

export default async function RemindersPage() {
  const user = await requireUser();
  const data = await loadReminders({ userId: user.id, now: new Date() });
  const zone = data.plan.timeZone;

  return (
    <div className="mx-auto w-full max-w-3xl space-y-10 px-4 py-8 sm:py-10">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Reminders</h1>
        <p className="text-muted text-lg">
          Reminders that follow your own plan: they go only when a session or journal entry is still
          to do, never in your quiet hours, and every email has a one-click unsubscribe.
        </p>
      </header>

      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className="text-2xl font-semibold">
          What happens next
        </h2>
        {data.unsubscribedAt ? (
          <p
            role="note"
            className="border-warn-700/30 bg-warn-50 rounded-xl border p-4"
            data-reminder-status="unsubscribed"
          >
            You unsubscribed from reminder emails on{" "}
            {formatShortDate(data.unsubscribedAt.toISOString().slice(0, 10), true)}. Nothing will be
            sent. To have them again, tick “Send me reminders” and save.
          </p>
        ) : !data.plan.enabled ? (
          <p data-reminder-status="off">Reminders are off. Nothing is scheduled.</p>
        ) : data.next ? (
          <p data-reminder-status="next">
            Next: <strong>{KIND_LABELS[data.next.kind]}</strong> on{" "}
            <time dateTime={data.next.at.toISOString()}>{formatInZone(data.next.at, zone)}</time> (
            {zone.replaceAll("_", " ")})
            {data.next.conditional ? ", if it is still to do by then." : "."}
          </p>
        ) : (
          <p data-reminder-status="none">
            Nothing is scheduled in the next week with these choices.
          </p>
        )}

        <h3 className="pt-2 text-lg font-semibold">Recent messages</h3>
        {data.recent.length === 0 ? (
          <p className="text-muted">No reminders sent yet.</p>
        ) : (
          <ul className="divide-brand-100 border-brand-100 divide-y rounded-xl border">
            {data.recent.map((r) => (
              <li
                key={`${r.kind}-${r.localDay}`}
                className="flex flex-wrap justify-between gap-2 px-4 py-3"
              >
                <span>
                  {KIND_LABELS[r.kind]} · {formatShortDate(r.localDay, true)}
                </span>
                <span className="text-muted">{STATE_LABELS[r.state]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="plan-heading" className="space-y-3">
        <h2 id="plan-heading" className="text-2xl font-semibold">
          Your plan
        </h2>
        <ReminderPlanForm
          initial={data.formValues}
          saved={data.saved}
          timeZones={timeZoneNames()}
        />
      </section>

      <section aria-labelledby="calendar-heading" className="space-y-3">
        <h2 id="calendar-heading" className="text-2xl font-semibold">
          Calendar
        </h2>
        <p className="text-muted">
          A private link to your planned sessions for Google Calendar, Apple Calendar or Outlook
          (add it as a calendar &ldquo;from URL&rdquo;). Anyone with the link sees your session
          times, nothing else. Making a new link stops the old one.
        </p>
        <p data-calendar-status>
          {data.hasCalendarFeed ? "Your calendar link is on." : "You have no calendar link."}
        </p>
        <CalendarFeedForm hasFeed={data.hasCalendarFeed} />
      </section>
    </div>
  );
}
