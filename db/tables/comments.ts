import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./accounts";

// Article comments and their moderation.

export const commentStatus = pgEnum("comment_status", ["pending", "approved", "rejected", "spam"]);

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
