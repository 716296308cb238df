import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { REMINDER_KINDS } from "@/lib/reminders/plan";
import { createdAt, updatedAt } from "./columns";
import { users } from "./accounts";
import { emailOutbox } from "./infrastructure";

// Reminder plans and the reminders sent (docs/product.md §10).

export const reminderKind = pgEnum("reminder_kind", REMINDER_KINDS);

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
