import type { Metadata } from "next";
import Link from "next/link";
import { CheckInForm } from "@/app/(member)/progress/_components/check-in-form";
import {
  ActivityControls,
  AddActivityForm,
} from "@/app/(member)/progress/_components/activity-forms";
import { ProgressLineChart } from "@/components/charts/progress-line-chart";
import { ButtonLink } from "@/components/ui/button-link";
import { RedFlagList } from "@/components/safety/red-flag-list";
import { formatShortDate, isoDateOf } from "@/lib/dates/iso-date";
import { MAX_ACTIVE_ACTIVITIES } from "@/lib/progress/activities";
import { NOT_GETTING_BETTER } from "@/lib/safety/red-flags";
import { requireUser } from "@/server/auth/current-user";
import { loadProgress } from "@/server/member/load-progress";

export const metadata: Metadata = { title: "Your progress" };

export default async function ProgressPage() {
  const user = await requireUser();
  const today = isoDateOf(new Date());
  const data = await loadProgress({ userId: user.id, today });

  return (
    <div className="mx-auto w-full max-w-5xl space-y-10 px-4 py-8 sm:py-10">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Your progress</h1>
        <p className="text-muted max-w-2xl text-lg">
          A short check-in each week and a few everyday activities you rate now and then. Over time
          they show how much pain gets in the way, and what you can do, in numbers you can take to a
          physiotherapist or doctor.
        </p>
      </header>

      <section id="check-in" aria-labelledby="check-in-heading" className="space-y-3">
        <h2 id="check-in-heading" className="text-2xl font-semibold">
          Weekly check-in
        </h2>
        <p className="text-muted max-w-2xl">
          {data.thisWeek
            ? `You checked in this week (score ${data.thisWeek.score}). Saving again updates it.`
            : data.checkInDue
              ? "Three questions about the past 7 days, about 20 seconds. Your weekly score is the average of the three."
              : "Three questions about the past 7 days. Your weekly score is the average of the three."}
        </p>
        <CheckInForm thisWeek={data.thisWeek} />
      </section>

      <section aria-labelledby="trends-heading" className="space-y-4">
        <h2 id="trends-heading" className="text-2xl font-semibold">
          Your trend
        </h2>
        <ul className="max-w-2xl space-y-2" data-meaningful-change>
          <li>{data.scoreSentence}</li>
          {data.checkIns.length >= 2 ? <li>{data.painSentence}</li> : null}
        </ul>
        <p className="text-muted max-w-2xl text-sm">
          Each comparison is your first check-in against your latest. A change of 2 points or 30 %
          is one most people notice. Numbers go up and down for many reasons; they describe your
          weeks, they don&apos;t explain them.
        </p>
        {data.rose ? (
          data.clinicianPrompt ? (
            <div
              role="note"
              className="border-warn-700/30 bg-warn-50 max-w-2xl space-y-3 rounded-xl border p-4"
            >
              <p>
                A physiotherapist or doctor can check what is going on and adjust your plan. Keep
                moving in the ways that feel OK meanwhile. {NOT_GETTING_BETTER}
              </p>
              <RedFlagList headingLevel={3} title="Warning signs to check now" compact />
            </div>
          ) : (
            <p className="max-w-2xl">
              Flare-ups and harder weeks are common and usually settle. Gentle movement, a little
              less than usual, tends to help.{" "}
              <Link className="underline" href="/rest-or-move">
                When to rest and when to move
              </Link>
            </p>
          )
        ) : null}
        {data.checkIns.length > 0 ? (
          <ProgressLineChart
            title="Weekly score and pain"
            series={[
              { label: "Weekly score (0–10)", points: data.scores, style: "solid" },
              { label: "Average pain (0–10)", points: data.pains, style: "dashed" },
            ]}
          />
        ) : null}
      </section>

      <section id="activities" aria-labelledby="activities-heading" className="space-y-4">
        <h2 id="activities-heading" className="text-2xl font-semibold">
          My activities
        </h2>
        <p className="text-muted max-w-2xl">
          Up to {MAX_ACTIVE_ACTIVITIES} everyday things that are hard for you now. Rate each one
          every 2 to 4 weeks: higher means you can do it better.
          {data.activitiesDue ? " One or more is ready for a new rating." : ""}
        </p>
        {data.activities.length === 0 ? (
          <p>No activities yet. Add one below.</p>
        ) : (
          <ul className="space-y-6">
            {data.activities.map((a) => (
              <li
                key={a.id}
                className="space-y-3 rounded-xl border border-gray-300 p-4 dark:border-gray-600"
                data-activity={a.name}
              >
                <h3 className="text-xl font-semibold break-words">{a.name}</h3>
                <p>
                  {a.latest
                    ? `Latest rating: ${a.latest.rating} out of 10 on ${formatShortDate(a.latest.ratedOn, true)}.`
                    : "Not rated yet."}{" "}
                  {a.sentence}
                </p>
                {a.readings.length >= 2 ? (
                  <ProgressLineChart
                    title={`${a.name}: how well you can do it`}
                    series={[{ label: "Rating (0–10)", points: a.readings, style: "solid" }]}
                  />
                ) : null}
                <ActivityControls id={a.id} name={a.name} />
              </li>
            ))}
          </ul>
        )}
        {data.canAddActivity ? (
          <div className="space-y-3">
            <h3 className="text-xl font-semibold">Add an activity</h3>
            <AddActivityForm />
          </div>
        ) : (
          <p>
            You are following {MAX_ACTIVE_ACTIVITIES} activities, the most there is room for. Remove
            one to add another.
          </p>
        )}
      </section>

      <section aria-labelledby="visit-pack-heading" className="space-y-3">
        <h2 id="visit-pack-heading" className="text-2xl font-semibold">
          Visit pack
        </h2>
        <p className="max-w-2xl">
          Seeing a physiotherapist or doctor? Put your quiz result, trends, flare-ups and your own
          questions on one page to print or download as a PDF.
        </p>
        <ButtonLink href="/progress/report" variant="secondary">
          Make a visit pack
        </ButtonLink>
      </section>

      <p className="text-muted max-w-2xl text-sm">
        The weekly questions follow a short pain and function measure used in clinics (the PEG
        scale); the activities follow the patient-specific way of rating function. Both are for
        tracking, not diagnosis.
      </p>
    </div>
  );
}
