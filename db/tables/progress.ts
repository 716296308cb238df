import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { users } from "./accounts";

// Progress: weekly check-ins and the member's own activities (docs/product.md §9).

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
