import { questionFor } from "@/lib/quiz/questions";
import { QUIZ_KEYS } from "@/lib/quiz/types";

/**
 * The answers as asked, for showing a doctor or physiotherapist (the urgent
 * and see-a-doctor screens say to). Folded away so it never competes with
 * the next step. Unknown values are skipped rather than guessed at.
 */
export function AnswerList({ answers }: { answers: Readonly<Record<string, string | number>> }) {
  const rows = QUIZ_KEYS.flatMap((key) => {
    const value = answers[key];
    const option = questionFor(key).options.find((o) => o.value === value);
    return option ? [{ key, prompt: questionFor(key).prompt, answer: option.label }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <details className="rounded-xl border border-brand-100 bg-white p-4">
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
