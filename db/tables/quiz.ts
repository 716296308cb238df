import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { CATEGORIES, OUTCOMES, RESULT_TYPES, TYPE_IDS } from "@/lib/quiz/types";
import { createdAt } from "./columns";
import { users } from "./accounts";

// Quiz results (docs/product.md §3).

// The quiz's own lists feed the enums, so a value cannot be added in one place only
// (drizzle-kit generate then asks for the migration).
export const assessmentOutcome = pgEnum("assessment_outcome", OUTCOMES);
export const resultType = pgEnum("result_type", RESULT_TYPES);
export const intoleranceType = pgEnum("intolerance_type", TYPE_IDS);
export const painCategory = pgEnum("pain_category", CATEGORIES);

export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Null while a guest's result waits to be claimed by the account they create.
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    quizVersion: smallint("quiz_version").notNull(),
    // Version 2 stores multi-selects (circumstances, NG65 features) as arrays of strings.
    answers: jsonb("answers").$type<Record<string, string | number | string[]>>().notNull(),
    outcome: assessmentOutcome("outcome").notNull(),
    resultType: resultType("result_type"),
    runnerUp: intoleranceType("runner_up"),
    category: painCategory("category"),
    worstPain: smallint("worst_pain"),
    scores: jsonb("scores").$type<Record<string, number>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("assessments_user_created_idx").on(t.userId, t.createdAt.desc()),
    check(
      "assessments_worst_pain_range",
      sql`${t.worstPain} is null or ${t.worstPain} between 0 and 10`,
    ),
  ],
);
export type Assessment = typeof assessments.$inferSelect;
