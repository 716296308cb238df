import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { lessonProgress } from "@/db/schema";

// Every read and write of the course's progress (docs/product.md §11), each scoped by the
// member's id in the statement itself.

export type LessonProgressRow = { lessonId: string; answeredCorrectly: boolean; completedAt: Date };

/**
 * Records the member's answer to a lesson's check question, which completes the lesson. The
 * (user_id, lesson_id) key makes a second answer edit the row: the first completion time stays,
 * and a right answer once stays right, so trying the other options never takes a tick away.
 */
export async function recordLessonAnswer({
  userId,
  lessonId,
  correct,
}: {
  userId: string;
  lessonId: string;
  correct: boolean;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(lessonProgress)
    .values({ userId, lessonId, answeredCorrectly: correct })
    .onConflictDoUpdate({
      target: [lessonProgress.userId, lessonProgress.lessonId],
      set: {
        answeredCorrectly: sql`${lessonProgress.answeredCorrectly} or excluded.answered_correctly`,
        updatedAt: new Date(),
      },
    });
}

/** The member's completed lessons, in the order they were done. */
export async function getLessonProgress({
  userId,
}: {
  userId: string;
}): Promise<LessonProgressRow[]> {
  const db = await getDb();
  return db
    .select({
      lessonId: lessonProgress.lessonId,
      answeredCorrectly: lessonProgress.answeredCorrectly,
      completedAt: lessonProgress.completedAt,
    })
    .from(lessonProgress)
    .where(eq(lessonProgress.userId, userId))
    .orderBy(asc(lessonProgress.completedAt), asc(lessonProgress.lessonId));
}
