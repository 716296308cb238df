import "server-only";
import { getLessonProgress } from "@/db/queries/learn";
import { getCurrentUser } from "@/server/auth/current-user";

/**
 * The signed-in member's completed lesson ids for the per-request course pages, or null for a
 * guest (including one whose "signed in" hint outlived the session): they get the guest view,
 * never a sign-in wall.
 */
export async function loadCourseDone(): Promise<ReadonlySet<string> | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const rows = await getLessonProgress({ userId: user.id });
  return new Set(rows.map((row) => row.lessonId));
}
