import { ButtonLink } from "@/components/ui/button-link";
import type { Metadata } from "next";
import { ActionButton } from "@/components/program/action-button";
import { FlareUpCard } from "@/app/(member)/program/_components/flare-up-card";
import { CircumstanceSwaps } from "@/app/(member)/program/_components/circumstance-swaps";
import { PainRule } from "@/app/(member)/program/_components/pain-rule";
import { RedFlagList } from "@/components/safety/red-flag-list";
import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import { LogSessionForm } from "@/app/(member)/program/_components/log-session-form";
import { NoPlan } from "@/app/(member)/program/_components/no-plan";
import { PhasePlan } from "@/components/program/phase-plan";
import { PhaseStatus } from "@/app/(member)/program/_components/phase-status";
import { SessionHistory } from "@/app/(member)/program/_components/session-history";
import { TodaysSessionList } from "@/components/program/todays-session";
import { requireUser } from "@/server/auth/current-user";
import { isoDateOf } from "@/lib/dates/iso-date";
import { adjustedDoseTexts } from "@/lib/program/adjusted-doses";
import { adaptPlan } from "@/lib/program/circumstances";
import { exerciseById } from "@/lib/program/exercises";
import { getPlan, getPlans } from "@/lib/program/plans";
import { PLAN_TYPE_NAMES } from "@/lib/program/types";
import { declareFlareUpAction } from "@/actions/program";
import { loadProgram } from "@/server/member/load-program";

export const metadata: Metadata = { title: "Your program" };

export default async function ProgramPage() {
  const user = await requireUser();
  const today = isoDateOf(new Date());
  const data = await loadProgram({ userId: user.id, today });

  if (data.status === "no-plan") {
    return (
      <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:py-10">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Your program</h1>
        <NoPlan latest={data.latestAssessment} />
      </div>
    );
  }

  const { enrollment, suggestion, flareUp, sessions, circumstances } = data;
  const { plan, swaps } = adaptPlan(getPlan(enrollment.planType, enrollment.phase), circumstances);
  const plans = getPlans(enrollment.planType).map((p) => adaptPlan(p, circumstances).plan);
  const loggedToday = sessions.some((s) => s.date === today);
  const adjusted = adjustedDoseTexts(data.doses);

  return (
    <div className="mx-auto w-full max-w-5xl space-y-8 px-4 py-8 sm:py-10">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Your program</h1>
        <p className="text-muted text-lg">
          {PLAN_TYPE_NAMES[enrollment.planType]} plan · phase {enrollment.phase} of 3. The quiz
          suggests this pattern; it is not a diagnosis. Let how your back answers guide the pace.
        </p>
      </header>

      {flareUp.status === "flare-up" ? (
        <FlareUpCard
          planType={enrollment.planType}
          phase={enrollment.phase}
          enrollmentId={enrollment.id}
          reason={flareUp.reason}
          source={flareUp.source}
          circumstances={circumstances}
        />
      ) : (
        <section aria-labelledby="declare-flare-heading" className="space-y-2">
          <h2 id="declare-flare-heading" className="text-lg font-semibold">
            Having a flare-up?
          </h2>
          <p className="text-muted">
            If your back has suddenly got worse, tell us and we&apos;ll show the flare-up plan for
            the next week: gentle movement, a little less than usual.
          </p>
          <ActionButton
            action={declareFlareUpAction}
            fields={{ enrollmentId: enrollment.id, declared: "start" }}
            label="I'm having a flare-up"
            pendingText="Saving…"
            variant="secondary"
          />
        </section>
      )}

      <PainRule />

      <CircumstanceSwaps circumstances={circumstances} swaps={swaps} />

      <PhaseStatus enrollmentId={enrollment.id} phase={enrollment.phase} suggestion={suggestion} />

      <div className="grid gap-8 lg:grid-cols-2">
        <section
          aria-labelledby="today-heading"
          className="border-brand-100 min-w-0 space-y-3 rounded-2xl border bg-white p-5 shadow-sm sm:p-6"
        >
          <h2 id="today-heading" className="text-xl font-semibold">
            Today&apos;s session
          </h2>
          {loggedToday ? (
            <p className="text-brand-800 font-medium">Done today. Nice work.</p>
          ) : null}
          <TodaysSessionList session={data.today} adjustedDoseTexts={adjusted} />
          <ButtonLink href="/program/session">
            {loggedToday ? "Do another session" : "Start today's session"}
          </ButtonLink>
        </section>
        <section
          aria-labelledby="log-heading"
          className="border-brand-100 min-w-0 space-y-3 rounded-2xl border bg-white p-5 shadow-sm sm:p-6"
        >
          <h2 id="log-heading" className="text-xl font-semibold">
            Log a session
          </h2>
          <LogSessionForm
            today={today}
            exercises={plan.exerciseIds.map((id) => ({ id, name: exerciseById(id).name }))}
            suggestedIds={data.today.exerciseIds}
          />
        </section>
      </div>

      <section aria-labelledby="plan-heading" className="space-y-4">
        <h2 id="plan-heading" className="text-2xl font-semibold">
          The whole plan
        </h2>
        {plans.map((p) => (
          <PhasePlan
            key={p.phase}
            plan={p}
            current={p.phase === enrollment.phase}
            adjustedDoseTexts={p.phase === enrollment.phase ? adjusted : undefined}
          />
        ))}
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-2xl font-semibold">
          Session history
        </h2>
        <SessionHistory sessions={sessions} />
      </section>

      <RedFlagList id="warning-signs" title="Warning signs: stop and get help first" />
      <DisclaimerBox />
    </div>
  );
}
