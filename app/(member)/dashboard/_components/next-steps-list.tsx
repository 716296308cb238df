import Link from "next/link";
import type { NextStep } from "@/lib/dashboard/next-steps";
import { ButtonLink } from "@/components/ui/button-link";
import { fourWeekHeadline } from "@/lib/journal/four-week-words";

function Step({ step }: { step: NextStep }) {
  switch (step.kind) {
    case "take-quiz":
      return (
        <div className="space-y-2">
          <p>
            Take the 2-minute quiz. It checks for warning signs, then suggests the movement plan
            that fits your back.
          </p>
          <ButtonLink href="/quiz">Take the 2-minute quiz</ButtonLink>
        </div>
      );
    case "see-result":
      return (
        <p>
          Your latest quiz result suggests getting checked by a professional before starting a plan.{" "}
          <Link className="underline" href="/assessments">
            See your quiz results
          </Link>
        </p>
      );
    case "start-plan":
      return (
        <p>
          Your program is ready.{" "}
          <Link className="underline" href="/program">
            Start your program
          </Link>
        </p>
      );
    case "flare-up":
      return (
        <p>
          {step.reason}{" "}
          <Link className="underline" href="/program#flare-up">
            See the flare-up plan
          </Link>
        </p>
      );
    case "move-on":
      return (
        <p>
          {step.reason}{" "}
          <Link className="underline" href="/program#phase">
            Move on to phase {step.nextPhase}
          </Link>
        </p>
      );
    case "four-week-check":
      return (
        <p data-four-week={step.verdict}>
          {fourWeekHeadline(step.verdict, step.change)}{" "}
          <Link className="underline" href="/journal/insights#improvement">
            See the 4-week comparison
          </Link>
        </p>
      );
    case "retake-quiz":
      return (
        <p>
          It&apos;s been {step.daysSince} days since your last quiz. Retake it to see whether the
          picture has changed.{" "}
          <Link className="underline" href="/quiz">
            Retake the quiz
          </Link>
        </p>
      );
    case "weekly-check-in":
      return (
        <p>
          {step.firstTime
            ? "Try the weekly check-in: three quick questions that show how your week went."
            : "It's time for your weekly check-in: three quick questions, about 20 seconds."}{" "}
          <Link className="underline" href="/progress#check-in">
            Do the weekly check-in
          </Link>
        </p>
      );
    case "rate-activities":
      return (
        <p>
          It&apos;s been two weeks or more since you rated your activities.{" "}
          <Link className="underline" href="/progress#activities">
            Rate my activities
          </Link>
        </p>
      );
    case "keep-going":
      return <p>{step.reason}</p>;
  }
}

export function NextStepsList({ steps }: { steps: readonly NextStep[] }) {
  return (
    <ul className="space-y-3">
      {steps.map((step) => (
        <li key={step.kind}>
          <Step step={step} />
        </li>
      ))}
    </ul>
  );
}
