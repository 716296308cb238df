import { sql } from "drizzle-orm";
import { boolean, check, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns";
import { users } from "./accounts";

// Course progress (docs/product.md §11).

/**
 * A member's course progress: one row per lesson they answered the check question of. The
 * lesson ids live in lib/learn/lessons.ts, not in a table, so a lesson retired from the course
 * leaves a row the pages ignore. Answering again keeps the first completion time, and a right
 * answer once stays right.
 */
export const lessonProgress = pgTable(
  "lesson_progress",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    answeredCorrectly: boolean("answered_correctly").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.lessonId] }),
    check("lesson_progress_lesson_id_length", sql`char_length(${t.lessonId}) between 1 and 60`),
  ],
);
export type LessonProgress = typeof lessonProgress.$inferSelect;
