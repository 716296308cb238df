import { scoreQuiz } from "@/lib/quiz/score";
import type { QuizAnswers, QuizResult } from "@/lib/quiz/types";
import type { QuizV2Draft } from "@/lib/quiz/v2/model";
import { scoreQuizV2 } from "@/lib/quiz/v2/score";

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

/** The same for a version-2 answer set (scored by version 2). */
export function assessmentColumnsV2(answers: QuizV2Draft) {
  const result = scoreQuizV2(answers);
  const columns = {
    quizVersion: result.version,
    answers: { ...answers },
    outcome: result.outcome,
    resultType: result.type,
    runnerUp: result.runnerUp,
    category: result.category,
    worstPain: answers.worstPain ?? null,
    scores: result.scores,
  };
  return { result, columns };
}
