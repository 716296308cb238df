import Link from "next/link";
import { startProgramAction } from "@/actions/program";
import { ActionForm } from "@/components/forms/action-form";
import { ButtonLink } from "@/components/ui/button-link";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { latest: { id: string; outcome: string; resultType: string | null } | null };

/** A member without a plan: the quiz first, or starting the plan their result suggests. */
export function NoPlan({ latest }: Props) {
  if (!latest) {
    return (
      <section
        aria-labelledby="no-plan-heading"
        className="border-brand-100 bg-brand-50 space-y-3 rounded-2xl border p-5 sm:p-6"
      >
        <h2 id="no-plan-heading" className="text-xl font-semibold">
          Start with the 2-minute quiz
        </h2>
        <p>
          The quiz checks for warning signs first, then suggests which movement pattern your pain
          follows and the plan that matches it.
        </p>
        <ButtonLink href="/quiz">Take the 2-minute quiz</ButtonLink>
      </section>
    );
  }
  if (latest.outcome === "candidate" && latest.resultType) {
    return (
      <section
        aria-labelledby="no-plan-heading"
        className="border-brand-100 bg-brand-50 space-y-3 rounded-2xl border p-5 sm:p-6"
      >
        <h2 id="no-plan-heading" className="text-xl font-semibold">
          Your program is ready to start
        </h2>
        <p>
          Your latest quiz result suggests a plan for you. It starts gently, with phase 1 (Settle).
        </p>
        {/* The same action as the result page's button: it starts the plan for this result. */}
        <ActionForm action={startProgramAction}>
          <input type="hidden" name="assessmentId" value={latest.id} />
          <SubmitButton pendingText="Starting…">Start my program</SubmitButton>
        </ActionForm>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="no-plan-heading"
      className="border-warn-700/30 bg-warn-50 space-y-3 rounded-2xl border p-5 sm:p-6"
    >
      <h2 id="no-plan-heading" className="text-xl font-semibold">
        Get checked before starting a plan
      </h2>
      <p>
        Your latest quiz result suggests seeing a professional first, so there is no exercise plan
        yet. Once you have been assessed, you can take the quiz again.
      </p>
      <p>
        <Link className="underline" href="/assessments">
          See your quiz results
        </Link>{" "}
        ·{" "}
        <Link className="underline" href="/quiz">
          Retake the quiz
        </Link>
      </p>
    </section>
  );
}
