import { scoreQuiz } from "@/lib/quiz/score";
import type { QuizAnswers, QuizResult } from "@/lib/quiz/types";

/**
 * What an assessment row stores for an answer set, scored here: the stored
 * result is always scoreQuiz(answers), never anything a browser sent.
 */
export function assessmentColumns(answers: QuizAnswers) {
  const result: QuizResult = scoreQuiz(answers);
  const columns = {
    quizVersion: result.version,
    answers: { ...answers },
    outcome: result.outcome,
    resultType: result.type,
    runnerUp: result.runnerUp,
    category: result.category,
    worstPain: "worstPain" in answers ? answers.worstPain : null,
    scores: result.scores,
  };
  return { result, columns };
}
