import { changeProgramPhaseAction } from "@/actions/program";
import type { PhaseSuggestion } from "@/lib/program/phase";
import { PHASE_NAMES, type Phase } from "@/lib/program/types";
import { ActionButton } from "@/components/program/action-button";

/** Where the member stands in their phase, and the choice to move on or step back. */
export function PhaseStatus({
  enrollmentId,
  phase,
  suggestion,
}: {
  enrollmentId: string;
  phase: Phase;
  suggestion: PhaseSuggestion;
}) {
  return (
    <section
      id="phase"
      aria-labelledby="phase-heading"
      className="border-brand-100 bg-brand-50 space-y-3 rounded-2xl border p-5 sm:p-6"
    >
      <h2 id="phase-heading" className="text-xl font-semibold">
        Phase {phase}: {PHASE_NAMES[phase]}
      </h2>
      <p>
        {suggestion.daysInPhase} {suggestion.daysInPhase === 1 ? "day" : "days"} and{" "}
        {suggestion.sessionsInPhase} {suggestion.sessionsInPhase === 1 ? "session" : "sessions"} in
        this phase so far.
      </p>
      <p>{suggestion.reason}</p>
      <div className="flex flex-wrap gap-4">
        {suggestion.status === "suggest-next" ? (
          <ActionButton
            action={changeProgramPhaseAction}
            fields={{ enrollmentId, direction: "next" }}
            label={`Move on to phase ${suggestion.nextPhase}`}
            pendingText="Moving on…"
          />
        ) : null}
        {phase > 1 ? (
          <ActionButton
            action={changeProgramPhaseAction}
            fields={{ enrollmentId, direction: "back" }}
            label={`Go back to phase ${phase - 1}`}
            pendingText="Going back…"
            variant="secondary"
          />
        ) : null}
      </div>
    </section>
  );
}
