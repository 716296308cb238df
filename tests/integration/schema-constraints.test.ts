import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { exerciseSessions, journalEntries, programEnrollments, users } from "@/db/schema";
import { createUser } from "./factories";

async function rejects(write: () => Promise<unknown>) {
  await expect(write()).rejects.toThrow();
}

describe("schema constraints", () => {
  it("rejects journal values outside their ranges", async () => {
    const db = await getDb();
    const { id: userId } = await createUser();
    const base = { userId, entryDate: "2026-10-01", pain: 3, worstPain: 5 };
    await rejects(() => db.insert(journalEntries).values({ ...base, pain: 11 }));
    await rejects(() => db.insert(journalEntries).values({ ...base, pain: -1 }));
    await rejects(() => db.insert(journalEntries).values({ ...base, worstPain: 11 }));
    await rejects(() => db.insert(journalEntries).values({ ...base, sleepHours: 30 }));
    await rejects(() => db.insert(journalEntries).values({ ...base, stress: 12 }));
    await rejects(() => db.insert(journalEntries).values({ ...base, mood: 0 }));
    await rejects(() => db.insert(journalEntries).values({ ...base, sleepQuality: 6 }));
    await rejects(() => db.insert(journalEntries).values({ ...base, activeMinutes: 1441 }));
    const rows = await db.select().from(journalEntries).where(eq(journalEntries.userId, userId));
    expect(rows).toHaveLength(0);
  });

  it("keeps one journal entry per member per day", async () => {
    const db = await getDb();
    const { id: userId } = await createUser();
    await db
      .insert(journalEntries)
      .values({ userId, entryDate: "2026-10-02", pain: 3, worstPain: 5 });
    await rejects(() =>
      db.insert(journalEntries).values({ userId, entryDate: "2026-10-02", pain: 4, worstPain: 6 }),
    );
    const other = await createUser();
    await db
      .insert(journalEntries)
      .values({ userId: other.id, entryDate: "2026-10-02", pain: 1, worstPain: 2 });
  });

  it("rejects an exercise session with out-of-range effort, pain or phase", async () => {
    const db = await getDb();
    const { id: userId } = await createUser();
    const [enrollment] = await db
      .insert(programEnrollments)
      .values({ userId, planType: "load", phaseStartedOn: "2026-10-01" })
      .returning({ id: programEnrollments.id });
    const base = {
      userId,
      enrollmentId: enrollment!.id,
      performedOn: "2026-10-03",
      phase: 1,
      exerciseIds: [],
      effort: 5,
      painBefore: 4,
      painAfter: 3,
    };
    await rejects(() => db.insert(exerciseSessions).values({ ...base, effort: 0 }));
    await rejects(() => db.insert(exerciseSessions).values({ ...base, painAfter: 11 }));
    await rejects(() => db.insert(exerciseSessions).values({ ...base, phase: 4 }));
    await rejects(() =>
      db
        .insert(programEnrollments)
        .values({ userId, planType: "load", phaseStartedOn: "2026-10-01", phase: 0 }),
    );
  });

  it("allows only one active program enrollment per member", async () => {
    const db = await getDb();
    const { id: userId } = await createUser();
    await db
      .insert(programEnrollments)
      .values({ userId, planType: "flexion", phaseStartedOn: "2026-10-01" });
    await rejects(() =>
      db
        .insert(programEnrollments)
        .values({ userId, planType: "extension", phaseStartedOn: "2026-10-05" }),
    );
    await db
      .insert(programEnrollments)
      .values({ userId, planType: "extension", phaseStartedOn: "2026-10-05", status: "ended" });
  });

  it("treats emails case-insensitively as unique", async () => {
    const db = await getDb();
    await createUser({ email: "Casey@Example.test" });
    await rejects(() => db.insert(users).values({ email: "casey@example.test" }));
    const [{ count }] = (
      await db.execute(
        sql`select count(*)::int as count from users where lower(email) = 'casey@example.test'`,
      )
    ).rows as [{ count: number }];
    expect(count).toBe(1);
  });
});
