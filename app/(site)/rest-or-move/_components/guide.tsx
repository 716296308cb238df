import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import { nextStep } from "@/lib/rest-or-move/decide";
import type { Answers, QuestionId } from "@/lib/rest-or-move/questions";
import { QuestionForm } from "./question-form";
import { RedFlagList } from "@/components/safety/red-flag-list";
import { ResultView } from "./result-view";

/** The whole guide for a given set of answers: a question, or the A–D result. */
export function Guide({ answers, invalid = [] }: { answers: Answers; invalid?: QuestionId[] }) {
  const step = nextStep(answers);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <RedFlagList title="Warning signs: get help before using this guide" compact />
      <h1 className="mt-10 font-serif text-4xl font-bold">Should I rest or move?</h1>
      <p className="text-muted mt-3 max-w-prose text-lg">
        A few questions sort today’s back pain into one of four situations, each with what to do,
        what to avoid and when to get assessed. Complete bed rest is rarely the answer.
      </p>
      {step.kind === "question" ? (
        <QuestionForm
          question={step.question}
          answered={step.answered}
          invalid={invalid.includes(step.question)}
        />
      ) : (
        <ResultView category={step.category} answered={step.answered} />
      )}
      <DisclaimerBox className="mt-12" />
    </div>
  );
}
