import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { assessments, comments, journalEntries, users } from "@/db/schema";

export type SiteCounts = {
  members: number;
  quizzes: number;
  journalEntries: number;
  pendingComments: number;
};

/** Headline numbers for the admin page, in one round trip. */
export async function getSiteCounts(): Promise<SiteCounts> {
  const db = await getDb();
  const result = await db.execute<Record<keyof SiteCounts, number | string>>(sql`
    select
      (select count(*)::int from ${users} where ${users.role} = 'member') as "members",
      (select count(*)::int from ${assessments}) as "quizzes",
      (select count(*)::int from ${journalEntries}) as "journalEntries",
      (select count(*)::int from ${comments} where ${comments.status} = 'pending') as "pendingComments"
  `);
  const row = result.rows[0];
  return {
    members: Number(row?.members ?? 0),
    quizzes: Number(row?.quizzes ?? 0),
    journalEntries: Number(row?.journalEntries ?? 0),
    pendingComments: Number(row?.pendingComments ?? 0),
  };
}
