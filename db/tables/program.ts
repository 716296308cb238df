import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { DoseRating } from "@/lib/program/dose-adaptation";
import { createdAt, updatedAt } from "./columns";
import { users } from "./accounts";
import { assessments, resultType } from "./quiz";

// The exercise program: enrolments, logged sessions and adjusted dose levels (docs/product.md §4).

export const enrollmentStatus = pgEnum("enrollment_status", ["active", "ended"]);

export const programEnrollments = pgTable(
  "program_enrollments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id").references(() => assessments.id, { onDelete: "set null" }),
    planType: resultType("plan_type").notNull(),
    phase: smallint("phase").notNull().default(1),
    phaseStartedOn: date("phase_started_on", { mode: "string" }).notNull(),
    /** The day the member said "I'm having a flare-up"; null when they haven't or ended it. */
    flareDeclaredOn: date("flare_declared_on", { mode: "string" }),
    status: enrollmentStatus("status").notNull().default("active"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("program_enrollments_phase_range", sql`${t.phase} between 1 and 3`),
    // A member follows one plan at a time.
    uniqueIndex("program_enrollments_one_active_idx")
      .on(t.userId)
      .where(sql`${t.status} = 'active'`),
  ],
);
export type ProgramEnrollment = typeof programEnrollments.$inferSelect;

export const exerciseSessions = pgTable(
  "exercise_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => programEnrollments.id, { onDelete: "cascade" }),
    performedOn: date("performed_on", { mode: "string" }).notNull(),
    phase: smallint("phase").notNull(),
    exerciseIds: jsonb("exercise_ids").$type<string[]>().notNull(),
    effort: smallint("effort").notNull(),
    painBefore: smallint("pain_before").notNull(),
    painAfter: smallint("pain_after").notNull(),
    notes: text("notes"),
    /**
     * Made on the device by the guided session player, so saving the same session twice (a
     * double tap, a retry after the network dropped) stores it once. Null from the log form.
     */
    clientKey: uuid("client_key"),
    /** The guided session's "too easy / about right / too hard", by exercise id; null if none. */
    ratings: jsonb("ratings").$type<Record<string, DoseRating>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("exercise_sessions_user_date_idx").on(t.userId, t.performedOn.desc()),
    // Per member: another member's device could never have made the key, so it is never a replay.
    uniqueIndex("exercise_sessions_user_client_key_idx").on(t.userId, t.clientKey),
    check("exercise_sessions_phase_range", sql`${t.phase} between 1 and 3`),
    check("exercise_sessions_effort_range", sql`${t.effort} between 1 and 10`),
    check("exercise_sessions_pain_before_range", sql`${t.painBefore} between 0 and 10`),
    check("exercise_sessions_pain_after_range", sql`${t.painAfter} between 0 and 10`),
    check("exercise_sessions_notes_length", sql`char_length(${t.notes}) <= 2000`),
  ],
);
export type ExerciseSession = typeof exerciseSessions.$inferSelect;

// Where each exercise's dose stands for the member after their ratings (lib/program/
// dose-adaptation.ts): steps from the plan's dose, in the phase they were earned in. Written
// in the same transaction as the session that moved it.
export const exerciseDoseLevels = pgTable(
  "exercise_dose_levels",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    exerciseId: text("exercise_id").notNull(),
    phase: smallint("phase").notNull(),
    level: smallint("level").notNull().default(0),
    easyStreak: smallint("easy_streak").notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.exerciseId] }),
    check("exercise_dose_levels_phase_range", sql`${t.phase} between 1 and 3`),
    // Wider than the rule's bounds, so a later change to the bounds needs no migration.
    check("exercise_dose_levels_level_range", sql`${t.level} between -20 and 20`),
    check("exercise_dose_levels_easy_streak_range", sql`${t.easyStreak} between 0 and 10`),
  ],
);
