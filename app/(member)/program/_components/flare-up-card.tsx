import { changeProgramPhaseAction, declareFlareUpAction } from "@/actions/program";
import { adaptExerciseIds } from "@/lib/program/circumstances";
import { exerciseById } from "@/lib/program/exercises";
import type { Circumstance } from "@/lib/quiz/circumstances";
import { flareUpAdvice, type FlareUpSource } from "@/lib/program/flare-up";
import { flareUpPlan } from "@/lib/program/plans";
import type { Phase, PlanType } from "@/lib/program/types";
import { RedFlagList } from "@/components/safety/red-flag-list";
import { ActionButton } from "@/components/program/action-button";

type Props = {
  planType: PlanType;
  phase: Phase;
  enrollmentId: string;
  reason: string;
  source: FlareUpSource;
  circumstances: readonly Circumstance[];
};

/** Shown only when a flare-up is detected: what is happening, what to do, when to get help. */
export function FlareUpCard({
  planType,
  phase,
  enrollmentId,
  reason,
  source,
  circumstances,
}: Props) {
  const plan = flareUpPlan(planType);
  const easing = adaptExerciseIds(plan.exerciseIds, circumstances).ids;
  return (
    <section
      id="flare-up"
      aria-labelledby="flare-up-heading"
      className="border-warn-700/30 bg-warn-50 space-y-4 rounded-2xl border p-5 sm:p-6"
    >
      <h2 id="flare-up-heading" className="text-xl font-semibold">
        {plan.title}
      </h2>
      <p>
        {reason} {flareUpAdvice(phase)}
      </p>
      <p>{plan.summary}</p>
      <div>
        <h3 className="font-semibold">For the next few days</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {plan.nextFewDays.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-semibold">Movements that tend to ease it</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {easing.map((id) => {
            const e = exerciseById(id);
            return (
              <li key={id}>
                <span className="font-medium">{e.name}</span>: {e.doseText}
              </li>
            );
          })}
        </ul>
      </div>
      <RedFlagList headingLevel={3} title="Warning signs that need care first" compact />
      <div>
        <h3 className="font-semibold">Book an assessment if</h3>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {plan.getAssessedIf.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </div>
      {source === "declared" ? (
        <ActionButton
          action={declareFlareUpAction}
          fields={{ enrollmentId, declared: "end" }}
          label="It has settled"
          accessibleLabel="My flare-up has settled"
          pendingText="Saving…"
          variant="secondary"
        />
      ) : null}
      {phase > 1 ? (
        <ActionButton
          action={changeProgramPhaseAction}
          fields={{ enrollmentId, direction: "back" }}
          label={`Step back to phase ${phase - 1}`}
          pendingText="Stepping back…"
        />
      ) : null}
    </section>
  );
}
