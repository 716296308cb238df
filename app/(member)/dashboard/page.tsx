import type { Metadata } from "next";
import { cacheLife } from "next/cache";
import Link from "next/link";
import type { ReactNode } from "react";
import { z } from "zod";
import { PainLineChart } from "@/components/charts/pain-line-chart";
import { NextLessonCard } from "@/app/(member)/dashboard/_components/next-lesson-card";
import { NextStepsList } from "@/app/(member)/dashboard/_components/next-steps-list";
import { QuickEntry } from "@/app/(member)/dashboard/_components/quick-entry";
import { StreaksCard } from "@/app/(member)/dashboard/_components/streaks-card";
import { TodaysSessionList } from "@/components/program/todays-session";
import { ButtonLink } from "@/components/ui/button-link";
import { requireUser } from "@/server/auth/current-user";
import { formatShortDate, isoDateOf } from "@/lib/dates/iso-date";
import { PHASE_NAMES, PLAN_TYPE_NAMES } from "@/lib/program/types";
import { RESULT_TYPE_LABELS } from "@/lib/quiz/types";
import { loadDashboard } from "@/server/member/load-dashboard";
import {
  MEMBER_BODY_CACHE_LIFE,
  openMemberBodyKey,
  sealMemberBodyKey,
} from "@/server/member/member-body-cache";

export const metadata: Metadata = { title: "Your dashboard" };

function Panel({
  id,
  title,
  children,
  tone = "plain",
}: {
  id: string;
  title: string;
  children: ReactNode;
  tone?: "plain" | "highlight";
}) {
  const look = tone === "highlight" ? "border-brand-200 bg-brand-50" : "border-brand-100 bg-white";
  return (
    <section
      aria-labelledby={id}
      className={`min-w-0 space-y-3 rounded-2xl border p-5 shadow-sm sm:p-6 ${look}`}
    >
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What the dashboard body is keyed on; `dataVersion` is not read, it is there to be in the key. */
const DashboardKey = z.object({
  memberId: z.uuid(),
  dataVersion: z.number().int(),
  today: z.iso.date(),
  firstName: z.string().nullable(),
});

export default async function DashboardPage() {
  const user = await requireUser();
  const memberKey = sealMemberBodyKey("dashboard", {
    memberId: user.id,
    dataVersion: user.dataVersion,
    today: isoDateOf(new Date()),
    firstName: user.name?.trim().split(/\s+/)[0] ?? null,
  } satisfies z.infer<typeof DashboardKey>);
  return <DashboardBody memberKey={memberKey} />;
}

/**
 * The page below the session check, cached per (member, data version, day, name): the sealed
 * key holding them is the cache key, so any write to the member's journal, sessions, plan or
 * assessments (a database trigger bumps the version) or a new day renders afresh, on every
 * server instance. Reloads and returns to the dashboard between writes skip the queries and
 * the server render (decision record 0009). Next lets anyone call this function as a server
 * action, so it trusts only a key the page sealed. Nothing here may read cookies or headers.
 */
async function DashboardBody({ memberKey }: { memberKey: string }) {
  "use cache";
  cacheLife(MEMBER_BODY_CACHE_LIFE);
  const { memberId, today, firstName } = openMemberBodyKey("dashboard", memberKey, DashboardKey);
  const data = await loadDashboard({ userId: memberId, today });

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:py-10">
      <header>
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">
          {firstName ? `Hello, ${firstName}` : "Your dashboard"}
        </h1>
        <p className="text-muted mt-1">
          <time dateTime={today}>{formatShortDate(today, true)}</time>. Small steps, most days: that
          is what moves a back forward.
        </p>
      </header>

      <Panel id="next-heading" title="Your next step" tone="highlight">
        <NextStepsList steps={data.nextSteps} />
      </Panel>

      <div className="grid gap-6 md:grid-cols-2">
        {data.plan ? (
          <Panel id="plan-heading" title="Today's session">
            <p>
              <span className="font-medium">{PLAN_TYPE_NAMES[data.plan.enrollment.planType]}</span>{" "}
              plan · phase {data.plan.enrollment.phase}, {PHASE_NAMES[data.plan.enrollment.phase]}
            </p>
            {data.plan.loggedToday ? (
              <p className="text-brand-800 font-medium">Done today. Nice work.</p>
            ) : null}
            <TodaysSessionList
              session={data.plan.session}
              linkBase="/program"
              adjustedDoseTexts={data.plan.adjustedDoseTexts}
            />
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <ButtonLink href="/program/session">
                {data.plan.loggedToday ? "Do another session" : "Start today's session"}
              </ButtonLink>
              <Link className="underline" href="/program#log-heading">
                Log a session by hand
              </Link>
            </div>
          </Panel>
        ) : (
          <Panel id="plan-heading" title="Your program">
            {data.assessment ? (
              <>
                <p>
                  Your latest quiz result:{" "}
                  <span className="font-medium">
                    {data.assessment.resultType
                      ? RESULT_TYPE_LABELS[data.assessment.resultType]
                      : "see a professional first"}
                  </span>
                  {data.assessment.category ? `, category ${data.assessment.category}` : null}.
                </p>
                <p>
                  You don&apos;t have a program running.{" "}
                  <Link className="underline" href="/program">
                    See your program
                  </Link>
                </p>
              </>
            ) : (
              <>
                <p>
                  Your program starts with the 2-minute quiz: it suggests which movement pattern
                  your back follows and the program to match.
                </p>
                <ButtonLink href="/quiz">Take the quiz</ButtonLink>
              </>
            )}
          </Panel>
        )}

        <div className="min-w-0 space-y-6">
          <Panel
            id="journal-heading"
            title={data.todayEntry ? "Today's journal" : "How is your back today?"}
          >
            <QuickEntry today={today} entry={data.todayEntry} />
          </Panel>
          <Panel id="streaks-heading" title="Journal streak">
            <StreaksCard streaks={data.streaks} />
          </Panel>
        </div>
      </div>

      <Panel id="lesson-heading" title={data.course.next ? "Next lesson" : "The course"}>
        <NextLessonCard course={data.course} />
      </Panel>

      <Panel id="trend-heading" title="Pain, last 30 days">
        {data.trend.status === "ok" ? (
          <>
            <p className="text-muted text-sm">Based on {data.trend.basedOnDays} days.</p>
            <PainLineChart points={data.trend.points} title="Pain over the last 30 days" />
          </>
        ) : (
          <p className="text-muted">{data.trend.message}</p>
        )}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link className="underline" href="/journal/insights">
            See all your insights
          </Link>
          <Link className="underline" href="/progress">
            Your weekly progress
          </Link>
        </p>
      </Panel>
    </div>
  );
}
