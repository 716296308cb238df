import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { createEverythingFor, createUser } from "./factories";

const memberTables = [
  "assessments",
  "program_enrollments",
  "exercise_sessions",
  "exercise_dose_levels",
  "journal_entries",
  "comments",
  "email_outbox",
  "password_reset_tokens",
  "accounts",
  "weekly_check_ins",
  "progress_activities",
  "activity_ratings",
  "lesson_progress",
  "visit_pack_notes",
] as const;

async function rowsOf(userId: string) {
  const db = await getDb();
  const counts: Record<string, number> = {};
  for (const table of memberTables) {
    const result = await db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`,
    );
    counts[table] = (result.rows[0] as { n: number }).n;
  }
  return counts;
}

describe("deleting a user", () => {
  it("removes every row of theirs and leaves other members untouched", async () => {
    const db = await getDb();
    const leaving = await createUser();
    const staying = await createUser();
    await createEverythingFor(leaving.id);
    await createEverythingFor(staying.id);

    const before = await rowsOf(leaving.id);
    expect(Object.values(before).filter((n) => n > 0).length).toBeGreaterThanOrEqual(12);

    await db.delete(users).where(eq(users.id, leaving.id));

    expect(Object.values(await rowsOf(leaving.id)).every((n) => n === 0)).toBe(true);
    expect(await rowsOf(staying.id)).toEqual(before);
  });
});
