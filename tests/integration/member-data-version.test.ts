import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getSessionUser } from "@/db/queries/users";
import {
  activityRatings,
  assessments,
  exerciseDoseLevels,
  exerciseSessions,
  journalEntries,
  programEnrollments,
  progressActivities,
  users,
  weeklyCheckIns,
} from "@/db/schema";
import { createEverythingFor, createUser } from "./factories";

// /dashboard's body is cached under the member's data version (decision record 0009). If a
// write to their data left the version alone, they would be shown a stale dashboard: their
// new journal entry missing, a deleted session still there. Triggers bump it; these tests
// write each kind of row the way any code path could, and read the version as the session
// check does.

async function versionOf(userId: string): Promise<number> {
  const row = await getSessionUser({ id: userId });
  if (!row) throw new Error("no such user");
  return row.dataVersion;
}

let member = "";
let bystander = "";

beforeEach(async () => {
  member = (await createUser()).id;
  bystander = (await createUser()).id;
});

/** Runs `write` and returns how far it moved the member's and the bystander's versions. */
async function bumps(write: () => Promise<unknown>) {
  const [m, b] = [await versionOf(member), await versionOf(bystander)];
  await write();
  return { member: (await versionOf(member)) - m, bystander: (await versionOf(bystander)) - b };
}

describe("users.data_version", () => {
  it("starts at 0 for a new member", async () => {
    expect(await versionOf(member)).toBe(0);
  });

  it("moves on every insert, update and delete of a journal entry, for that member only", async () => {
    const db = await getDb();
    const insert = () =>
      db
        .insert(journalEntries)
        .values({ userId: member, entryDate: "2026-11-20", pain: 4, worstPain: 6 })
        .returning();
    expect(await bumps(insert)).toEqual({ member: 1, bystander: 0 });
    const update = () =>
      db.update(journalEntries).set({ pain: 6 }).where(eq(journalEntries.userId, member));
    expect((await bumps(update)).member).toBeGreaterThan(0);
    const remove = () => db.delete(journalEntries).where(eq(journalEntries.userId, member));
    expect(await bumps(remove)).toEqual({ member: 1, bystander: 0 });
  });

  it("moves when a plan starts, changes phase, or a session is logged or deleted", async () => {
    const db = await getDb();
    let enrollmentId = "";
    expect(
      (
        await bumps(async () => {
          const [row] = await db
            .insert(programEnrollments)
            .values({ userId: member, planType: "flexion", phaseStartedOn: "2026-11-01" })
            .returning({ id: programEnrollments.id });
          enrollmentId = row!.id;
        })
      ).member,
    ).toBe(1);
    expect(
      (
        await bumps(() =>
          db
            .update(programEnrollments)
            .set({ phase: 2 })
            .where(eq(programEnrollments.id, enrollmentId)),
        )
      ).member,
    ).toBe(1);
    const session = {
      userId: member,
      enrollmentId,
      performedOn: "2026-11-02",
      phase: 2,
      exerciseIds: ["walk"],
      effort: 4,
      painBefore: 5,
      painAfter: 4,
    };
    expect(await bumps(() => db.insert(exerciseSessions).values(session))).toEqual({
      member: 1,
      bystander: 0,
    });
    expect(
      (await bumps(() => db.delete(exerciseSessions).where(eq(exerciseSessions.userId, member))))
        .member,
    ).toBe(1);
  });

  it("moves on every change to the member's dose levels, for that member only", async () => {
    const db = await getDb();
    const insert = () =>
      db.insert(exerciseDoseLevels).values({ userId: member, exerciseId: "cat-camel", phase: 1 });
    expect(await bumps(insert)).toEqual({ member: 1, bystander: 0 });
    const update = () =>
      db.update(exerciseDoseLevels).set({ level: 1 }).where(eq(exerciseDoseLevels.userId, member));
    expect(await bumps(update)).toEqual({ member: 1, bystander: 0 });
    const remove = () => db.delete(exerciseDoseLevels).where(eq(exerciseDoseLevels.userId, member));
    expect(await bumps(remove)).toEqual({ member: 1, bystander: 0 });
  });

  it("moves for the member who claims a guest's quiz result, and a guest result moves no one", async () => {
    const db = await getDb();
    const guestResult = {
      quizVersion: 1,
      answers: { worstPain: 6 },
      outcome: "candidate" as const,
      resultType: "flexion" as const,
      category: "C" as const,
      worstPain: 6,
      scores: { flexion: 7, extension: 1, instability: 1, load: 2 },
    };
    let id = "";
    expect(
      await bumps(async () => {
        const [row] = await db
          .insert(assessments)
          .values(guestResult)
          .returning({ id: assessments.id });
        id = row!.id;
      }),
    ).toEqual({ member: 0, bystander: 0 });
    const claim = () =>
      db.update(assessments).set({ userId: member }).where(eq(assessments.id, id));
    expect(await bumps(claim)).toEqual({ member: 1, bystander: 0 });
  });

  it("moves on every write of a weekly check-in, an activity or a rating, for that member only", async () => {
    const db = await getDb();
    const checkIn = () =>
      db.insert(weeklyCheckIns).values({
        userId: member,
        weekStart: "2026-11-16",
        checkedOn: "2026-11-20",
        pain: 4,
        enjoyment: 3,
        activity: 3,
      });
    expect(await bumps(checkIn)).toEqual({ member: 1, bystander: 0 });
    let activityId = "";
    const addActivity = async () => {
      const [row] = await db
        .insert(progressActivities)
        .values({ userId: member, name: "Carry shopping" })
        .returning({ id: progressActivities.id });
      activityId = row?.id ?? "";
    };
    expect(await bumps(addActivity)).toEqual({ member: 1, bystander: 0 });
    const rate = () =>
      db
        .insert(activityRatings)
        .values({ userId: member, activityId, ratedOn: "2026-11-20", rating: 4 });
    expect(await bumps(rate)).toEqual({ member: 1, bystander: 0 });
    const archive = () =>
      db
        .update(progressActivities)
        .set({ archivedAt: new Date() })
        .where(eq(progressActivities.id, activityId));
    expect(await bumps(archive)).toEqual({ member: 1, bystander: 0 });
  });

  it("does not stand in the way of deleting a member with data in every table", async () => {
    const db = await getDb();
    await createEverythingFor(member);
    expect(await versionOf(member)).toBeGreaterThanOrEqual(4);
    await db.delete(users).where(eq(users.id, member));
    expect(await getSessionUser({ id: member })).toBeNull();
    expect(await versionOf(bystander)).toBe(0);
  });
});
