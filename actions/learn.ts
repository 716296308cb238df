"use server";

// The course's check questions (docs/product.md §11). The member comes from the session, never
// from the form. The action answers by redirecting to the lesson's GET view with the picked
// option (post, redirect, get), so the form needs no client component and works without
// JavaScript; the explanation shows there for members and guests alike.
import { notFound, redirect } from "next/navigation";
import { recordLessonAnswer } from "@/db/queries/learn";
import { formFields } from "@/lib/action-state";
import { checkAnswer, lessonById } from "@/lib/learn/lessons";
import { lessonAnswerPath } from "@/lib/learn/paths";
import { AnswerLessonSchema } from "@/lib/validations/learn";
import { requireUser } from "@/server/auth/current-user";

export async function answerLessonAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = AnswerLessonSchema.safeParse(formFields(formData));
  if (!parsed.success) {
    const lessonField = formData.get("lesson");
    if (typeof lessonField !== "string" || parsed.error.issues.some((i) => i.path[0] === "lesson"))
      notFound();
    // The lesson is real but no option came (or a too-long one): back to its question, with
    // its message, and nothing written.
    redirect(lessonAnswerPath(lessonField, ""));
  }
  const lesson = lessonById(parsed.data.lesson);
  if (!lesson) notFound();
  const result = checkAnswer(lesson, parsed.data.answer);
  if (result) {
    await recordLessonAnswer({ userId: user.id, lessonId: lesson.id, correct: result.correct });
  }
  redirect(lessonAnswerPath(lesson.id, result ? result.picked : ""));
}
