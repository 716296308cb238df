import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import type { JournalActivity } from "@/lib/journal/types";
import type { DoseRating } from "@/lib/program/dose-adaptation";
import { REMINDER_KINDS } from "@/lib/reminders/plan";
import { CATEGORIES, OUTCOMES, RESULT_TYPES, TYPE_IDS } from "@/lib/quiz/types";

// One schema for both drivers (pg and PGlite). Every table that holds a
// member's data references users.id with ON DELETE CASCADE, so deleting the
// account deletes everything of theirs in one statement.

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const userRole = pgEnum("user_role", ["member", "admin"]);
// The quiz's own lists feed the enums, so a value cannot be added in one place only
// (drizzle-kit generate then asks for the migration).
export const assessmentOutcome = pgEnum("assessment_outcome", OUTCOMES);
export const resultType = pgEnum("result_type", RESULT_TYPES);
export const intoleranceType = pgEnum("intolerance_type", TYPE_IDS);
export const painCategory = pgEnum("pain_category", CATEGORIES);
export const enrollmentStatus = pgEnum("enrollment_status", ["active", "ended"]);
export const reminderKind = pgEnum("reminder_kind", REMINDER_KINDS);
export const commentStatus = pgEnum("comment_status", ["pending", "approved", "rejected", "spam"]);

// ── Accounts (Auth.js-compatible users/accounts/verification tables) ──────────

export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("member"),
    // Bumped on password change, "sign out everywhere" and deletion: every JWT
    // carries the version it was issued with and is refused once it differs.
    sessionVersion: integer("session_version").notNull().default(0),
    // Bumped by database triggers whenever the member's journal, exercise
    // sessions, plan or assessments change (migration 0002), so a rendering
    // cached under (member, data version) can never outlive the data it shows,
    // whichever server instance or script wrote it. See decision record 0009.
    dataVersion: integer("data_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    check("users_name_length", sql`${t.name} is null or char_length(${t.name}) <= 100`),
  ],
);
export type User = typeof users.$inferSelect;

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // SHA-256 of the token: a database leak does not hand out working links.
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;

// Sessions ended by a plain "Sign out": the session id (`sid`, random per
// sign-in) from the JWT, kept until the cookie could no longer be valid
// anyway (its absolute limit). Not keyed to the member, so it is not their
// data and needs no cascade: a sid alone identifies nobody.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: text("sid").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_at_idx").on(t.expiresAt)],
);

// ── Quiz ────────────────────────────────────────────────────────────────────

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

// ── Program ─────────────────────────────────────────────────────────────────

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

// ── Journal ─────────────────────────────────────────────────────────────────

export type { JournalActivity };

export const journalEntries = pgTable(
  "journal_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    entryDate: date("entry_date", { mode: "string" }).notNull(),
    pain: smallint("pain").notNull(),
    worstPain: smallint("worst_pain").notNull(),
    sleepHours: numeric("sleep_hours", { precision: 3, scale: 1, mode: "number" }),
    sleepQuality: smallint("sleep_quality"),
    stress: smallint("stress"),
    mood: smallint("mood"),
    activeMinutes: smallint("active_minutes"),
    activities: jsonb("activities").$type<JournalActivity[]>().notNull().default([]),
    food: text("food"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One entry per member per day: saving the same day edits it.
    uniqueIndex("journal_entries_user_date_idx").on(t.userId, t.entryDate),
    check("journal_entries_pain_range", sql`${t.pain} between 0 and 10`),
    check("journal_entries_worst_pain_range", sql`${t.worstPain} between 0 and 10`),
    check("journal_entries_sleep_range", sql`${t.sleepHours} between 0 and 24`),
    check("journal_entries_sleep_quality_range", sql`${t.sleepQuality} between 1 and 5`),
    check("journal_entries_stress_range", sql`${t.stress} between 0 and 10`),
    check("journal_entries_mood_range", sql`${t.mood} between 1 and 5`),
    check("journal_entries_active_minutes_range", sql`${t.activeMinutes} between 0 and 1440`),
    check("journal_entries_food_length", sql`char_length(${t.food}) <= 500`),
    check("journal_entries_notes_length", sql`char_length(${t.notes}) <= 2000`),
  ],
);
export type JournalEntry = typeof journalEntries.$inferSelect;

// ── Progress (docs/product.md §9) ─────────────────────────────────────────────

/**
 * The weekly check-in (PEG construct, Krebs 2009): three 0–10 ratings; the score is their mean
 * and is computed, not stored. One per member per ISO week, keyed by the week's Monday: saving
 * again in the same week edits it.
 */
export const weeklyCheckIns = pgTable(
  "weekly_check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    checkedOn: date("checked_on", { mode: "string" }).notNull(),
    pain: smallint("pain").notNull(),
    enjoyment: smallint("enjoyment").notNull(),
    activity: smallint("activity").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("weekly_check_ins_user_week_idx").on(t.userId, t.weekStart),
    check("weekly_check_ins_pain_range", sql`${t.pain} between 0 and 10`),
    check("weekly_check_ins_enjoyment_range", sql`${t.enjoyment} between 0 and 10`),
    check("weekly_check_ins_activity_range", sql`${t.activity} between 0 and 10`),
  ],
);
export type WeeklyCheckIn = typeof weeklyCheckIns.$inferSelect;

/** "My activities" (PSFS construct). Removing one archives it: hidden, its history kept. */
export const progressActivities = pgTable(
  "progress_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("progress_activities_user_idx").on(t.userId),
    check("progress_activities_name_length", sql`char_length(${t.name}) between 1 and 80`),
  ],
);
export type ProgressActivity = typeof progressActivities.$inferSelect;

/** Each rating of an activity, one per activity per day (rating again that day edits it). */
export const activityRatings = pgTable(
  "activity_ratings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The member's id on every rating too, so each query scopes by it and the data-version
    // trigger finds whose it is.
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    activityId: uuid("activity_id")
      .notNull()
      .references(() => progressActivities.id, { onDelete: "cascade" }),
    ratedOn: date("rated_on", { mode: "string" }).notNull(),
    rating: smallint("rating").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("activity_ratings_activity_day_idx").on(t.activityId, t.ratedOn),
    index("activity_ratings_user_idx").on(t.userId),
    check("activity_ratings_rating_range", sql`${t.rating} between 0 and 10`),
  ],
);
export type ActivityRating = typeof activityRatings.$inferSelect;

// ── Learn (docs/product.md §11) ──────────────────────────────────────────────

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
// ── Reminders (docs/product.md §10) ──────────────────────────────────────────

/** A member's reminder plan: one row each, written the first time they save it. */
export const reminderPlans = pgTable(
  "reminder_plans",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    enabled: boolean("enabled").notNull().default(false),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    sessionDays: smallint("session_days").array().notNull(),
    /** Minutes after the member's local midnight. */
    windowStart: smallint("window_start").notNull(),
    windowEnd: smallint("window_end").notNull(),
    timeZone: text("time_zone").notNull(),
    quietStart: smallint("quiet_start").notNull(),
    quietEnd: smallint("quiet_end").notNull(),
    sendSession: boolean("send_session").notNull().default(true),
    sendJournal: boolean("send_journal").notNull().default(true),
    sendDigest: boolean("send_digest").notNull().default(true),
    sendMilestone: boolean("send_milestone").notNull().default(true),
    /** Set by an email's unsubscribe link; cleared when the member switches reminders on again. */
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    /** SHA-256 of the private calendar feed's token; null when the member has none. */
    calendarTokenHash: text("calendar_token_hash").unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The planner's scan: enabled members in id order.
    index("reminder_plans_enabled_idx")
      .on(t.userId)
      .where(sql`${t.enabled} and ${t.unsubscribedAt} is null`),
    check(
      "reminder_plans_window",
      sql`0 <= ${t.windowStart} and ${t.windowStart} < ${t.windowEnd} and ${t.windowEnd} < 1440`,
    ),
    check(
      "reminder_plans_quiet",
      sql`${t.quietStart} between 0 and 1439 and ${t.quietEnd} between 0 and 1439`,
    ),
    check("reminder_plans_time_zone_length", sql`char_length(${t.timeZone}) between 1 and 64`),
  ],
);
export type ReminderPlanRow = typeof reminderPlans.$inferSelect;

/**
 * One row per reminder the planner decided to send: the row is the claim. Unique per member,
 * kind and the member's local day, so two planners (or one run again after a crash) can never
 * send the same reminder twice; the email itself goes through the outbox.
 */
export const reminderMessages = pgTable(
  "reminder_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: reminderKind("kind").notNull(),
    localDay: date("local_day", { mode: "string" }).notNull(),
    outboxId: uuid("outbox_id").references(() => emailOutbox.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("reminder_messages_user_kind_day_idx").on(t.userId, t.kind, t.localDay),
    // The milestone goes once ever.
    uniqueIndex("reminder_messages_one_milestone_idx")
      .on(t.userId)
      .where(sql`${t.kind} = 'milestone'`),
    index("reminder_messages_user_created_idx").on(t.userId, t.createdAt.desc()),
  ],
);

/**
 * A visit pack the member chose to share (docs/product.md §9): the range and sections it shows,
 * its life, and how often it was opened. Only the SHA-256 of the token is kept (hex, like the
 * password-reset tokens); the raw token is shown to the member once and stored nowhere. No
 * viewer's address is kept: a view only bumps the count and the time.
 */
export const shareLinks = pgTable(
  "share_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    toDate: date("to_date", { mode: "string" }).notNull(),
    sections: text("sections").array().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastViewedAt: timestamp("last_viewed_at", { withTimezone: true }),
    viewCount: integer("view_count").notNull().default(0),
  },
  (t) => [
    index("share_links_user_idx").on(t.userId),
    check("share_links_range", sql`${t.fromDate} <= ${t.toDate}`),
    check("share_links_life", sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);
export type ShareLink = typeof shareLinks.$inferSelect;

/**
 * The visit pack's saved state, one row per member (docs/product.md §9): their own words for the
 * clinician and the range and sections they chose last. `range_days` set means a rolling quick
 * pick ("the last 90 days"); null means the fixed `range_from`–`range_to` they typed.
 */
export const visitPackNotes = pgTable(
  "visit_pack_notes",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    whatChanged: text("what_changed"),
    mainConcern: text("main_concern"),
    questions: text("questions"),
    rangeDays: smallint("range_days"),
    rangeFrom: date("range_from", { mode: "string" }),
    rangeTo: date("range_to", { mode: "string" }),
    sections: text("sections").array(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("visit_pack_notes_what_changed_length", sql`char_length(${t.whatChanged}) <= 1000`),
    check("visit_pack_notes_main_concern_length", sql`char_length(${t.mainConcern}) <= 500`),
    check("visit_pack_notes_questions_length", sql`char_length(${t.questions}) <= 1000`),
    check("visit_pack_notes_range_days", sql`${t.rangeDays} between 1 and 366`),
  ],
);
export type VisitPackNotesRow = typeof visitPackNotes.$inferSelect;

// ── Comments ────────────────────────────────────────────────────────────────

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleSlug: text("article_slug").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // Never rendered publicly; kept so moderators can contact the author.
    email: text("email").notNull(),
    body: text("body").notNull(),
    status: commentStatus("status").notNull().default("pending"),
    ipHash: text("ip_hash"),
    createdAt: createdAt(),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
  },
  (t) => [
    index("comments_article_status_idx").on(t.articleSlug, t.status, t.createdAt),
    index("comments_status_created_idx").on(t.status, t.createdAt),
    check("comments_name_length", sql`char_length(${t.name}) between 1 and 80`),
    check("comments_body_length", sql`char_length(${t.body}) between 1 and 4000`),
  ],
);
export type Comment = typeof comments.$inferSelect;

// ── Infrastructure ──────────────────────────────────────────────────────────

// Written in the same transaction as the change that causes the email, so a
// reset link is never lost nor sent for a change that rolled back.
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    kind: text("kind").notNull(),
    // Reminder emails (docs/product.md §10) carry an HTML part and List-Unsubscribe headers;
    // account emails are plain text with no extra headers.
    htmlBody: text("html_body"),
    headers: jsonb("headers").$type<Record<string, string>>(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    // Set when a sender takes the row, before it talks to the mail server
    // (db/queries/outbox.ts). A claim older than the claim window belongs to
    // a sender that died mid-send, and the row is due again.
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("email_outbox_unsent_idx")
      .on(t.createdAt)
      .where(sql`${t.sentAt} is null`),
  ],
);
export type OutboxEmail = typeof emailOutbox.$inferSelect;

// The layout rate-limiter-flexible's Postgres store expects (it is told the
// table exists, so migrations stay the single owner of the schema).
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});
