import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./accounts";

// Infrastructure: the email outbox and the rate limiter's store.

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
