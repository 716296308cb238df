import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { comments } from "@/db/schema";
import { writeOnce } from "@/db/write-once";

// Every read and write of article comments. Public reads never select the
// email or the IP hash: the columns are simply not in the query.

export type PublicComment = { id: string; name: string; body: string; createdAt: Date };

export type PendingComment = PublicComment & { articleSlug: string; email: string };

export type ModerationDecision = "approved" | "rejected" | "spam";

export async function createComment(input: {
  articleSlug: string;
  userId: string | null;
  name: string;
  email: string;
  body: string;
  ipHash: string | null;
}): Promise<{ id: string }> {
  const db = await getDb();
  const [row] = await writeOnce(db, (tx) =>
    tx
      .insert(comments)
      .values({ ...input, status: "pending" })
      .returning({ id: comments.id }),
  );
  if (!row) throw new Error("insert returned no comment");
  return row;
}

/** Approved comments on one article, oldest first (a conversation reads top to bottom). */
export async function getApprovedComments({
  articleSlug,
}: {
  articleSlug: string;
}): Promise<PublicComment[]> {
  const db = await getDb();
  return db
    .select({
      id: comments.id,
      name: comments.name,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(and(eq(comments.articleSlug, articleSlug), eq(comments.status, "approved")))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

/** The moderation queue, oldest first so nothing waits forever. */
export async function getPendingComments({ limit = 100 }: { limit?: number } = {}): Promise<
  PendingComment[]
> {
  const db = await getDb();
  return db
    .select({
      id: comments.id,
      articleSlug: comments.articleSlug,
      name: comments.name,
      email: comments.email,
      body: comments.body,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(eq(comments.status, "pending"))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit);
}

/**
 * Approves, rejects or marks a pending comment as spam. Only pending comments
 * change, so two moderators acting at once cannot flip a decision back.
 * Returns the article it belongs to, or null if it was not pending.
 */
export async function moderateComment({
  id,
  decision,
}: {
  id: string;
  decision: ModerationDecision;
}): Promise<{ articleSlug: string } | null> {
  const db = await getDb();
  const [row] = await db
    .update(comments)
    .set({ status: decision, moderatedAt: new Date() })
    .where(and(eq(comments.id, id), eq(comments.status, "pending")))
    .returning({ articleSlug: comments.articleSlug });
  return row ?? null;
}
