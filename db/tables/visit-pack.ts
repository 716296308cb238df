import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { users } from "./accounts";

// The visit pack's saved notes and its share links (docs/product.md §9).

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
