import { questionFor } from "@/lib/quiz/questions";
import { QUIZ_KEYS } from "@/lib/quiz/types";
import { QUESTIONS_V2 } from "@/lib/quiz/v2/questions";

export type StoredAnswers = Readonly<Record<string, string | number | string[]>>;

/** Each answered question with its answer's label, in asking order, for either quiz version. */
function answeredRows(version: number, answers: StoredAnswers) {
  const questions =
    version === 2
      ? QUESTIONS_V2
      : QUIZ_KEYS.map((key) => ({ ...questionFor(key), kind: questionFor(key).kind }));
  return questions.flatMap((question) => {
    const value = answers[question.key];
    const labelOf = (one: unknown) => question.options.find((o) => o.value === one)?.label;
    if (Array.isArray(value)) {
      const labels = value.map(labelOf).filter((label) => label !== undefined);
      return [{ key: question.key, prompt: question.prompt, answer: labels.join("; ") || "None" }];
    }
    const label = labelOf(value);
    return label ? [{ key: question.key, prompt: question.prompt, answer: label }] : [];
  });
}

/**
 * The answers as asked, for showing a doctor or physiotherapist (the urgent
 * and see-a-doctor screens say to). Folded away so it never competes with
 * the next step. Unknown values are skipped rather than guessed at.
 */
export function AnswerList({ version, answers }: { version: number; answers: StoredAnswers }) {
  const rows = answeredRows(version, answers);
  if (rows.length === 0) return null;
  return (
    <details className="border-brand-100 rounded-xl border bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold">Your answers</summary>
      <dl className="mt-2 space-y-3">
        {rows.map((row) => (
          <div key={row.key}>
            <dt className="text-muted">{row.prompt}</dt>
            <dd className="font-medium">{row.answer}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
