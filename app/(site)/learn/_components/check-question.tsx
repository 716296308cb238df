import type { ReactNode } from "react";
import { answerLessonAction } from "@/actions/learn";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClassName } from "@/components/ui/button-class";
import { LEARN_MESSAGES } from "@/lib/validations/learn";
import { checkAnswer } from "@/lib/learn/lessons";
import { lessonPath } from "@/lib/learn/paths";
import type { Lesson } from "@/lib/learn/types";

/**
 * The lesson's check question. Both forms work without JavaScript: a guest's is a GET form to
 * the lesson's own URL (?answer=…, served by the per-request twin), so the explanation needs
 * no account; a member's posts to the server action, which records the answer and redirects to
 * the same URL. `picked` is null before an answer, "" when the form came back without one.
 */
export function CheckQuestion({
  lesson,
  picked,
  member,
  afterAnswer,
}: {
  lesson: Lesson;
  picked: string | null;
  member: boolean;
  /** What a member sees under the explanation: their progress and the next lesson. */
  afterAnswer?: ReactNode;
}) {
  const result = picked ? checkAnswer(lesson, picked) : null;
  const missing = picked !== null && !result;
  const correctText = lesson.check.options.find((o) => o.id === lesson.check.correct)?.text;
  const errorId = `check-error-${lesson.id}`;

  const fields = (
    <fieldset aria-describedby={missing ? errorId : undefined} className="space-y-3">
      <legend className="text-lg font-semibold">{lesson.check.question}</legend>
      {missing ? (
        <p id={errorId} className="text-danger-700 font-medium">
          {LEARN_MESSAGES.answer}
        </p>
      ) : null}
      <div className="space-y-2">
        {lesson.check.options.map((option) => (
          <label
            key={option.id}
            className="border-brand-100 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border bg-white p-3"
          >
            <input
              type="radio"
              name="answer"
              value={option.id}
              required
              defaultChecked={result?.picked === option.id}
              className="accent-brand-700 mt-1 size-4 shrink-0"
            />
            <span>{option.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <section
      id="check"
      aria-labelledby="check-heading"
      className="border-brand-200 bg-brand-50 scroll-mt-4 space-y-4 rounded-2xl border p-5 sm:p-6"
    >
      <h2 id="check-heading" className="font-serif text-2xl font-bold">
        Check your understanding
      </h2>
      {member ? (
        <form action={answerLessonAction} className="space-y-4">
          <input type="hidden" name="lesson" value={lesson.id} />
          {fields}
          <SubmitButton pendingText="Checking…">Check my answer</SubmitButton>
        </form>
      ) : (
        <form method="get" action={`${lessonPath(lesson.id)}#check`} className="space-y-4">
          {fields}
          <button type="submit" className={buttonClassName("primary")}>
            Check my answer
          </button>
        </form>
      )}

      {result ? (
        <div
          role="status"
          className={`space-y-2 rounded-xl border-2 bg-white p-4 ${
            result.correct ? "border-brand-600" : "border-warn-700"
          }`}
        >
          <p className={`text-lg font-bold ${result.correct ? "text-brand-800" : "text-warn-700"}`}>
            {result.correct ? "Right." : "Not quite."}
          </p>
          {result.correct ? null : (
            <p>
              <span className="font-semibold">The best answer:</span> {correctText}
            </p>
          )}
          <p>{lesson.check.explanation}</p>
          {afterAnswer}
        </div>
      ) : null}
    </section>
  );
}
