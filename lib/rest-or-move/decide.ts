import { QUESTIONS, QUESTION_ORDER, type Answers, type QuestionId } from "./questions";

export type Category = "A" | "B" | "C" | "D";

export type Step =
  | { kind: "question"; question: QuestionId; answered: Answers }
  | { kind: "result"; category: Category; answered: Answers };

/**
 * The four-part framework (docs/product.md §1), with the same precedence as the
 * quiz's A–D rule: anything pointing to B (get assessed) wins, then a recent
 * specific injury (A), then stable moderate–severe pain (C); everything else
 * is D. Returns the next unanswered question that can still change the
 * outcome, or the result; `answered` keeps only the answers that were asked.
 */
export function nextStep(answers: Answers): Step {
  const answered: Answers = {};
  const ask = (question: QuestionId): Step | undefined => {
    if (answers[question] === undefined) return { kind: "question", question, answered };
    Object.assign(answered, { [question]: answers[question] });
    return undefined;
  };
  const result = (category: Category): Step => ({ kind: "result", category, answered });

  const pending =
    ask("pain") ??
    (answers.pain === "extreme" ? result("B") : undefined) ??
    ask("dailyFunction") ??
    (answers.dailyFunction !== "yes" ? result("B") : undefined) ??
    ask("activityResponse") ??
    (answers.activityResponse === "worseWithAll" ? result("B") : undefined) ??
    ask("recentInjury") ??
    (answers.recentInjury === "yes" ? result("A") : undefined);
  if (pending) return pending;

  if (answers.activityResponse === "stable") {
    if (answers.pain === "severe") return result("C");
    if (answers.pain === "moderate")
      return (
        ask("aggravatingActivity") ?? result(answers.aggravatingActivity === "yes" ? "C" : "D")
      );
  }
  return result("D");
}

/** Reads answers from query parameters, dropping unknown keys and values. */
export function parseAnswers(params: Record<string, string | string[] | undefined>): {
  answers: Answers;
  invalid: QuestionId[];
} {
  const answers: Answers = {};
  const invalid: QuestionId[] = [];
  for (const id of QUESTION_ORDER) {
    const raw = params[id];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) continue;
    const option = QUESTIONS[id].options.find((o) => o.value === value);
    if (option) Object.assign(answers, { [id]: option.value });
    else invalid.push(id);
  }
  return { answers, invalid };
}

/** The answers as query parameters, in question order. */
export function toSearchParams(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of QUESTION_ORDER) {
    const value = answers[id];
    if (value !== undefined) params.set(id, value);
  }
  return params;
}

/** The answers minus the last one asked: where "Back" goes. */
export function withoutLastAnswer(answered: Answers): Answers {
  const keys = QUESTION_ORDER.filter((id) => answered[id] !== undefined);
  const last = keys.at(-1);
  if (!last) return {};
  const copy = { ...answered };
  delete copy[last];
  return copy;
}

/**
 * How many questions the longest path still open from these answers asks: the M of "Step N
 * of M". Paths differ (extreme pain ends after one question), so M is what is left possible
 * and can only shrink as answers come in, never grow under the person.
 */
export function stepCount(answers: Answers): number {
  const step = nextStep(answers);
  const asked = Object.keys(step.answered).length;
  if (step.kind === "result") return asked;
  return Math.max(
    ...QUESTIONS[step.question].options.map((option) =>
      stepCount({ ...step.answered, [step.question]: option.value }),
    ),
  );
}
