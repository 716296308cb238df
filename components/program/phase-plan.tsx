import { exerciseById } from "@/lib/program/exercises";
import { PHASE_FOCUS, PHASE_NAMES, type Plan } from "@/lib/program/types";
import { ExerciseCard } from "./exercise-card";

/** Where a phase's exercise cards live, so today's session can link straight to them. */
export const exerciseAnchor = (phase: number, id: string) => `phase-${phase}-${id}`;

/**
 * One phase of the plan. The member's current phase is open; the others fold away so the
 * page stays short, and open with a tap (a <details>, no JavaScript needed).
 */
export function PhasePlan({
  plan,
  current,
  adjustedDoseTexts = {},
}: {
  plan: Plan;
  current: boolean;
  /** By exercise id, for the current phase only: a level earned in one phase counts in no other. */
  adjustedDoseTexts?: Readonly<Record<string, string>>;
}) {
  const headingId = `phase-${plan.phase}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="border-brand-100 rounded-2xl border bg-white p-5 shadow-sm sm:p-6"
    >
      <h3 id={headingId} className="text-xl font-semibold">
        Phase {plan.phase}: {PHASE_NAMES[plan.phase]}
        {current ? (
          <span className="bg-brand-100 text-brand-800 ml-2 rounded-full px-2 py-0.5 align-middle text-sm font-semibold">
            You are here
          </span>
        ) : null}
      </h3>
      <p className="text-muted mt-1">{PHASE_FOCUS[plan.phase]}</p>
      <details open={current} className="mt-3">
        <summary className="text-brand-700 cursor-pointer font-medium underline underline-offset-2">
          {current ? "This phase's plan" : `Show phase ${plan.phase}`}
        </summary>
        <div className="mt-4 space-y-4">
          <p>{plan.goal}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <h4 className="font-semibold">Every day</h4>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {plan.dailyHabits.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            </div>
            <div>
              <h4 className="font-semibold">Go easy on, for now</h4>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {plan.avoidEarly.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </div>
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            {plan.exerciseIds.map((id) => (
              <ExerciseCard
                key={id}
                exercise={exerciseById(id)}
                idPrefix={`phase-${plan.phase}`}
                adjustedDoseText={adjustedDoseTexts[id]}
                illustrated={current}
              />
            ))}
          </div>
        </div>
      </details>
    </section>
  );
}
