import "server-only";
import { and, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { shareLinks, users } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import type { VisitPackOptions, VisitPackSectionId } from "@/lib/progress/visit-pack-options";

// Share links for the visit pack (docs/product.md §9). The member's own reads and writes carry
// their id in the WHERE clause, so another member's link id matches nothing. The public page
// finds a link only by the SHA-256 of its token; nothing here ever sees a raw token.

/** Live links a member may hold at once: plenty for several clinicians, not a table-filler. */
export const MAX_LIVE_SHARE_LINKS = 20;

export type ShareLinkSummary = {
  id: string;
  from: string;
  to: string;
  sections: VisitPackSectionId[];
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastViewedAt: Date | null;
  viewCount: number;
};

const summaryColumns = {
  id: shareLinks.id,
  from: shareLinks.fromDate,
  to: shareLinks.toDate,
  sections: shareLinks.sections,
  createdAt: shareLinks.createdAt,
  expiresAt: shareLinks.expiresAt,
  revokedAt: shareLinks.revokedAt,
  lastViewedAt: shareLinks.lastViewedAt,
  viewCount: shareLinks.viewCount,
};

function asSummary(row: Omit<ShareLinkSummary, "sections"> & { sections: string[] }) {
  return { ...row, sections: row.sections as VisitPackSectionId[] };
}

export async function createShareLink({
  userId,
  tokenHash,
  options,
  createdAt,
  expiresAt,
}: {
  userId: string;
  tokenHash: string;
  options: VisitPackOptions;
  createdAt: Date;
  expiresAt: Date;
}): Promise<{ id: string } | "limit"> {
  const db = await getDb();
  const [live] = await db
    .select({ n: count() })
    .from(shareLinks)
    .where(
      and(
        eq(shareLinks.userId, userId),
        isNull(shareLinks.revokedAt),
        gt(shareLinks.expiresAt, createdAt),
      ),
    );
  if ((live?.n ?? 0) >= MAX_LIVE_SHARE_LINKS) return "limit";
  const [row] = await db
    .insert(shareLinks)
    .values({
      userId,
      tokenHash,
      fromDate: options.from,
      toDate: options.to,
      sections: options.sections,
      createdAt,
      expiresAt,
    })
    .returning({ id: shareLinks.id });
  return { id: row!.id };
}

/** The member's links, newest first, revoked and expired ones too (they show as such). */
export async function listShareLinks({ userId }: { userId: string }): Promise<ShareLinkSummary[]> {
  const db = await getDb();
  const rows = await db
    .select(summaryColumns)
    .from(shareLinks)
    .where(eq(shareLinks.userId, userId))
    .orderBy(desc(shareLinks.createdAt));
  return rows.map(asSummary);
}

/**
 * Ends one of the member's links at once. False when the id is not one of theirs (or not an
 * id at all); revoking a revoked link keeps its first revocation time.
 */
export async function revokeShareLink({
  userId,
  linkId,
  now,
}: {
  userId: string;
  linkId: string;
  now: Date;
}): Promise<boolean> {
  if (!isUuid(linkId)) return false;
  const db = await getDb();
  const rows = await db
    .update(shareLinks)
    .set({ revokedAt: sql`coalesce(${shareLinks.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.userId, userId)))
    .returning({ id: shareLinks.id });
  return rows.length > 0;
}

export type ViewedShareLink = {
  userId: string;
  tokenHash: string;
  options: VisitPackOptions;
  createdAt: Date;
  /**
   * The member's data version and name as of this view: they change whenever anything a pack
   * shows changes (the data-version triggers), so a pack built under the same stamp is current.
   */
  dataStamp: string;
};

/**
 * Counts a view of a live link and returns what the page needs, in one statement: a revoked
 * or expired link is not counted and returns null (as does an unknown hash). No viewer detail
 * is written, only the count and the time.
 */
export async function viewLiveShareLink({
  tokenHash,
  now,
}: {
  tokenHash: string;
  now: Date;
}): Promise<ViewedShareLink | null> {
  const db = await getDb();
  const [row] = await db
    .update(shareLinks)
    .set({ viewCount: sql`${shareLinks.viewCount} + 1`, lastViewedAt: now })
    .where(
      and(
        eq(shareLinks.tokenHash, tokenHash),
        isNull(shareLinks.revokedAt),
        gt(shareLinks.expiresAt, now),
      ),
    )
    .returning({
      userId: shareLinks.userId,
      tokenHash: shareLinks.tokenHash,
      from: shareLinks.fromDate,
      to: shareLinks.toDate,
      sections: shareLinks.sections,
      createdAt: shareLinks.createdAt,
      dataStamp: sql<string>`(select ${users.dataVersion} || ':' || coalesce(${users.name}, '') from ${users} where ${users.id} = ${shareLinks.userId})`,
    });
  if (!row) return null;
  return {
    userId: row.userId,
    tokenHash: row.tokenHash,
    createdAt: row.createdAt,
    dataStamp: row.dataStamp,
    options: { from: row.from, to: row.to, sections: row.sections as VisitPackSectionId[] },
  };
}

/** The life of the link with this hash, or null: enough to tell live from revoked or expired. */
export async function findShareLinkByHash({
  tokenHash,
}: {
  tokenHash: string;
}): Promise<{ tokenHash: string; expiresAt: Date; revokedAt: Date | null } | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      tokenHash: shareLinks.tokenHash,
      expiresAt: shareLinks.expiresAt,
      revokedAt: shareLinks.revokedAt,
    })
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}
