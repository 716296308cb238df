"use server";

import { redirect } from "next/navigation";
import {
  deleteGuestAssessment,
  insertAssessmentV2,
  purgeUnclaimedGuestAssessments,
} from "@/db/queries/assessments";
import { type ActionState, formFields } from "@/lib/action-state";
import { getCurrentUser } from "@/server/auth/current-user";
import { QuizV2AnswersSchema } from "@/lib/quiz/v2/schema";
import { readGuestResultId, rememberGuestResult } from "@/server/quiz/guest-result";
import { QUIZ_REJECTED_MESSAGE, QUIZ_TOO_OFTEN_MESSAGE } from "@/lib/quiz/action-messages";
import { attemptGuestQuiz } from "@/server/quiz/quiz-limits";

/**
 * Stores a finished quiz. The browser sends answers only: the strict schema
 * rejects any other field (a made-up "outcome" or "type" included) and any
 * value the quiz does not offer, and the result is computed here, on the
 * server, from the answers. A member's result is theirs at once; a guest's is
 * kept for 30 days behind a signed cookie until they sign up or sign in.
 */
export async function submitQuizAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = QuizV2AnswersSchema.safeParse(formFields(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = typeof issue.path[0] === "string" ? issue.path[0] : "form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { status: "error", message: QUIZ_REJECTED_MESSAGE, fieldErrors };
  }

  const user = await getCurrentUser();
  if (user) {
    await insertAssessmentV2({ userId: user.id, answers: parsed.data });
  } else {
    const attempt = await attemptGuestQuiz();
    if (!attempt.allowed) return { status: "error", message: QUIZ_TOO_OFTEN_MESSAGE };
    const previous = await readGuestResultId();
    const { id } = await insertAssessmentV2({ userId: null, answers: parsed.data });
    await rememberGuestResult(id);
    // A retake replaces the guest's earlier, unclaimed result rather than
    // leaving it behind; and old unclaimed results are cleared out now and
    // then, as the privacy page promises (30 days).
    if (previous) await deleteGuestAssessment({ id: previous });
    await purgeUnclaimedGuestAssessments().catch((error: unknown) => {
      console.error(
        "[quiz] purging old guest results failed:",
        error instanceof Error ? error.message : error,
      );
    });
  }
  redirect("/quiz/result");
}
