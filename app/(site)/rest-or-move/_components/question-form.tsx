import { buttonClassName } from "@/components/ui/button-class";
import {
  QUESTIONS,
  type Answers,
  type Question,
  type QuestionId,
} from "@/lib/rest-or-move/questions";
import { toSearchParams, withoutLastAnswer } from "@/lib/rest-or-move/decide";

/**
 * One question as a GET form: earlier answers ride along as hidden fields, so
 * the whole guide works without JavaScript and every step has its own URL.
 */
export function QuestionForm({
  question,
  answered,
  invalid,
  number,
  of,
}: {
  question: QuestionId;
  answered: Answers;
  invalid: boolean;
  /** This step, and how many the longest path still open asks (stepCount). */
  number: number;
  of: number;
}) {
  const q: Question = QUESTIONS[question];
  const previous = toSearchParams(withoutLastAnswer(answered)).toString();
  const hintId = `${question}-hint`;
  const errorId = `${question}-error`;
  return (
    // #step: after the reload the browser scrolls to this step, not to the top of the page.
    <form id="step" action="/rest-or-move#step" method="get" className="mt-8">
      {[...toSearchParams(answered)].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-brand-700 text-sm font-semibold tracking-wide uppercase">
        Step {number} of {of}
      </p>
      <fieldset
        className="mt-2"
        aria-describedby={
          [q.hint ? hintId : "", invalid ? errorId : ""].filter(Boolean).join(" ") || undefined
        }
      >
        <legend>
          <h2
            id="step-heading"
            tabIndex={-1}
            className="font-serif text-2xl leading-snug font-bold focus:outline-none sm:text-3xl"
          >
            {q.prompt}
          </h2>
        </legend>
        {q.hint ? (
          <p id={hintId} className="text-muted mt-2 max-w-prose">
            {q.hint}
          </p>
        ) : null}
        {invalid ? (
          <p id={errorId} role="alert" className="text-danger-700 mt-3 font-medium">
            Choose one of the answers below.
          </p>
        ) : null}
        <div className="mt-6 grid gap-3">
          {q.options.map((option, i) => {
            const id = `${question}-${option.value}`;
            return (
              // The whole card selects the option; the name is the label alone, the hint describes it.
              <label
                key={option.value}
                className="hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-brand-600 flex cursor-pointer items-start gap-3 rounded-xl border border-gray-400 bg-white p-4 has-[:focus-visible]:ring-2"
              >
                <input
                  type="radio"
                  name={question}
                  value={option.value}
                  required={i === 0}
                  aria-labelledby={`${id}-label`}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  className="accent-brand-700 mt-1 size-5 shrink-0"
                />
                <span>
                  <span id={`${id}-label`} className="block font-semibold">
                    {option.label}
                  </span>
                  {option.hint ? (
                    <span id={`${id}-hint`} className="text-muted block text-sm">
                      {option.hint}
                    </span>
                  ) : null}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClassName("primary")}>
          Next
        </button>
        {/* A plain link, not next/link: steps reach a dynamic route through a
            rewrite, and the client router would show the prerendered first step
            instead (see components/articles/list-link.tsx). */}
        {number > 1 ? (
          <a
            href={previous ? `/rest-or-move?${previous}#step` : "/rest-or-move"}
            className="font-medium"
          >
            Back
          </a>
        ) : null}
      </div>
    </form>
  );
}
