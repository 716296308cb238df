import { sql } from "drizzle-orm";
import {
  check,
  date,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { JournalActivity } from "@/lib/journal/types";
import { createdAt, updatedAt } from "./columns";
import { users } from "./accounts";

// The daily journal (docs/product.md §5).

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
