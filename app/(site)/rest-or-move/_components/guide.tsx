import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import { nextStep, stepCount } from "@/lib/rest-or-move/decide";
import type { Answers, QuestionId } from "@/lib/rest-or-move/questions";
import { FocusOnLoad } from "./focus-on-load";
import { QuestionForm } from "./question-form";
import { RedFlagCheck, RedFlagList } from "@/components/safety/red-flag-list";
import { ResultView } from "./result-view";

/**
 * The whole guide for a given set of answers: a question, or the A–D result.
 *
 * Each step is a full page load (a GET form, so no JavaScript is needed). On a phone the step
 * itself must be what shows, so the form points at #step and, with JavaScript, focus moves to
 * the step's heading. The whole red-flag list comes once, on the first step, before the first
 * question; after that a one-line note with the list a tap away follows the step.
 */
export function Guide({ answers, invalid = [] }: { answers: Answers; invalid?: QuestionId[] }) {
  const step = nextStep(answers);
  const asked = Object.keys(step.answered).length;
  const landing = asked === 0 && invalid.length === 0;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <h1 className="font-serif text-4xl font-bold">Should I rest or move?</h1>
      {asked === 0 ? (
        <>
          <p className="text-muted mt-3 max-w-prose text-lg">
            A few questions sort today’s back pain into one of four situations, each with what to
            do, what to avoid and when to get assessed. Complete bed rest is rarely the answer.
          </p>
          <div className="mt-6">
            <RedFlagList title="Warning signs: get help before using this guide" compact />
          </div>
        </>
      ) : null}
      {step.kind === "question" ? (
        <QuestionForm
          question={step.question}
          answered={step.answered}
          invalid={invalid.includes(step.question)}
          number={asked + 1}
          of={stepCount(answers)}
        />
      ) : (
        <ResultView category={step.category} answered={step.answered} />
      )}
      {asked > 0 ? <RedFlagCheck className="mt-10" /> : null}
      <DisclaimerBox className="mt-12" />
      {landing ? null : (
        <FocusOnLoad id={step.kind === "question" ? "step-heading" : "result-heading"} />
      )}
    </div>
  );
}
