import { scoreQuiz } from "@/lib/quiz/score";
import type { QuizAnswers, QuizResult } from "@/lib/quiz/types";
import type { QuizV2Draft } from "@/lib/quiz/v2/model";
import { scoreQuizV2, type QuizV2Result } from "@/lib/quiz/v2/score";

type Scored = Pick<
  QuizResult | QuizV2Result,
  "version" | "outcome" | "type" | "runnerUp" | "category" | "scores"
>;

/** The row for an answer set and the result the server computed from it. */
function columnsFor(answers: QuizAnswers | QuizV2Draft, result: Scored) {
  return {
    quizVersion: result.version,
    answers: { ...answers },
    outcome: result.outcome,
    resultType: result.type,
    runnerUp: result.runnerUp,
    category: result.category,
    worstPain: "worstPain" in answers && answers.worstPain !== undefined ? answers.worstPain : null,
    scores: result.scores,
  };
}

/**
 * What an assessment row stores for an answer set, scored here: the stored
 * result is always its version's scoring of the answers, never anything a browser sent.
 */
export function assessmentColumns(answers: QuizAnswers) {
  const result = scoreQuiz(answers);
  return { result, columns: columnsFor(answers, result) };
}

/** The same for a version-2 answer set (scored by version 2). */
export function assessmentColumnsV2(answers: QuizV2Draft) {
  const result = scoreQuizV2(answers);
  return { result, columns: columnsFor(answers, result) };
}
