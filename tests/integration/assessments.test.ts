import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import {
  GUEST_RESULT_DAYS,
  claimGuestAssessment,
  getAssessment,
  getAssessments,
  getGuestAssessment,
  getLatestAssessment,
  insertAssessment,
  purgeUnclaimedGuestAssessments,
  rescoreAssessment,
  resultForDisplay,
} from "@/db/queries/assessments";
import { assessments, programEnrollments } from "@/db/schema";
import { scoreQuiz } from "@/lib/quiz/score";
import { answersForType, gateStopped } from "@/lib/quiz/test-answers";
import { createUser } from "./factories";
import { NotFoundSignal, form, redirectOf } from "./quiz-fakes";
import { session } from "./support/session";

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/navigation", () => import("./support/next-navigation"));

const { startProgramAction } = await import("@/actions/program");

const DAY = 86_400_000;

async function backdate(id: string, days: number) {
  const db = await getDb();
  await db
    .update(assessments)
    .set({ createdAt: new Date(Date.now() - days * DAY) })
    .where(eq(assessments.id, id));
}

async function enrollmentsOf(userId: string) {
  const db = await getDb();
  return db.select().from(programEnrollments).where(eq(programEnrollments.userId, userId));
}

describe("assessment queries", () => {
  it("lists only the member's own results, newest first, with the latest on top", async () => {
    const me = await createUser();
    const other = await createUser();
    const old = await insertAssessment({ userId: me.id, answers: answersForType("flexion") });
    const recent = await insertAssessment({
      userId: me.id,
      answers: answersForType("load", { worstPain: 6 }),
    });
    await insertAssessment({ userId: other.id, answers: answersForType("extension") });
    await backdate(old.id, 10);

    const mine = await getAssessments({ userId: me.id });
    expect(mine.map((a) => a.id)).toEqual([recent.id, old.id]);
    expect(mine[0]).toMatchObject({
      resultType: "load",
      category: "C",
      worstPain: 6,
      outcome: "candidate",
    });
    expect(mine[0]).not.toHaveProperty("answers");
    expect((await getLatestAssessment({ userId: me.id }))?.id).toBe(recent.id);
    expect(await getLatestAssessment({ userId: (await createUser()).id })).toBeNull();
  });

  it("finds one result by its id and the member's id only", async () => {
    const me = await createUser();
    const other = await createUser();
    const { id } = await insertAssessment({
      userId: me.id,
      answers: answersForType("instability"),
    });

    expect(await getAssessment({ userId: me.id, id })).toMatchObject({
      id,
      resultType: "instability",
    });
    expect(await getAssessment({ userId: other.id, id })).toBeNull();
    expect(await getAssessment({ userId: me.id, id: "not-a-uuid" })).toBeNull();
  });

  it("re-scores stored answers to the stored result, for full and stopped quizzes", async () => {
    const me = await createUser();
    for (const answers of [answersForType("extension", { worstPain: 7 }), gateStopped("trauma")]) {
      const { id } = await insertAssessment({ userId: me.id, answers });
      const stored = await getAssessment({ userId: me.id, id });
      const rescored = rescoreAssessment(stored!);
      expect(rescored).toEqual(scoreQuiz(answers));
      expect(rescored).toMatchObject({
        outcome: stored!.outcome,
        type: stored!.resultType,
        category: stored!.category,
      });
      expect(resultForDisplay(stored!).redFlags).toEqual(rescored!.redFlags);
    }
    expect(rescoreAssessment({ quizVersion: 2, answers: {} })).toBeNull();
  });

  it("keeps an unclaimed guest result for 30 days, then purges it, never touching members' results", async () => {
    const member = await createUser();
    const fresh = await insertAssessment({ userId: null, answers: answersForType("flexion") });
    const stale = await insertAssessment({ userId: null, answers: answersForType("load") });
    const oldMemberResult = await insertAssessment({
      userId: member.id,
      answers: answersForType("load"),
    });
    await backdate(stale.id, GUEST_RESULT_DAYS + 1);
    await backdate(oldMemberResult.id, GUEST_RESULT_DAYS + 100);

    // Expired rows are already invisible and unclaimable before the purge runs.
    expect(await getGuestAssessment({ id: stale.id })).toBeNull();
    expect(await claimGuestAssessment({ userId: member.id, id: stale.id })).toBe(false);

    expect(await purgeUnclaimedGuestAssessments()).toBeGreaterThanOrEqual(1);
    const db = await getDb();
    const left = await db.select({ id: assessments.id }).from(assessments);
    const ids = left.map((r) => r.id);
    expect(ids).toContain(fresh.id);
    expect(ids).toContain(oldMemberResult.id);
    expect(ids).not.toContain(stale.id);
  });

  it("claims a guest result once: a second account cannot take it", async () => {
    const first = await createUser();
    const second = await createUser();
    const { id } = await insertAssessment({ userId: null, answers: answersForType("extension") });
    expect(await getGuestAssessment({ id })).toMatchObject({ id });

    expect(await claimGuestAssessment({ userId: first.id, id })).toBe(true);
    expect(await claimGuestAssessment({ userId: second.id, id })).toBe(false);
    expect(await getGuestAssessment({ id })).toBeNull();
    expect(await getAssessment({ userId: first.id, id })).not.toBeNull();
  });
});

describe("startProgramAction", () => {
  let memberId = "";
  beforeEach(async () => {
    const user = await createUser();
    memberId = user.id;
    session.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  });

  it("enrols the member in the plan for their own candidate result and goes to the program", async () => {
    const { id } = await insertAssessment({ userId: memberId, answers: answersForType("flexion") });
    expect(await redirectOf(() => startProgramAction(undefined, form({ assessmentId: id })))).toBe(
      "/program",
    );
    const rows = await enrollmentsOf(memberId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      assessmentId: id,
      planType: "flexion",
      phase: 1,
      status: "active",
    });
  });

  it("treats someone else's result as not found and enrols nobody", async () => {
    const stranger = await createUser();
    const { id } = await insertAssessment({ userId: stranger.id, answers: answersForType("load") });
    await expect(startProgramAction(undefined, form({ assessmentId: id }))).rejects.toBeInstanceOf(
      NotFoundSignal,
    );
    await expect(
      startProgramAction(undefined, form({ assessmentId: "made-up" })),
    ).rejects.toBeInstanceOf(NotFoundSignal);
    await expect(
      startProgramAction(undefined, form({ assessmentId: id, planType: "load" })),
    ).rejects.toBeInstanceOf(NotFoundSignal);
    expect(await enrollmentsOf(memberId)).toHaveLength(0);
    expect(await enrollmentsOf(stranger.id)).toHaveLength(0);
  });

  it("refuses a program to results that are not candidates", async () => {
    const urgent = await insertAssessment({
      userId: memberId,
      answers: gateStopped("bladderBowel"),
    });
    const assessFirst = await insertAssessment({
      userId: memberId,
      answers: answersForType("flexion", { worstPain: 9 }),
    });
    expect(assessFirst.result.outcome).toBe("assessment_first");

    expect(
      await redirectOf(() => startProgramAction(undefined, form({ assessmentId: urgent.id }))),
    ).toBe(`/assessments/${urgent.id}`);
    expect(
      await redirectOf(() => startProgramAction(undefined, form({ assessmentId: assessFirst.id }))),
    ).toBe(`/assessments/${assessFirst.id}`);
    expect(await enrollmentsOf(memberId)).toHaveLength(0);
  });
});
