import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { startProgram } from "@/db/queries/program";
import { assessments, exerciseSessions, programEnrollments } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { isoDateOf } from "@/lib/dates/iso-date";
import { createUser } from "./factories";
import { session as signedIn, signedInUser } from "./support/session";

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const {
  changeProgramPhaseAction,
  declareFlareUpAction,
  deleteExerciseSessionAction,
  logExerciseSessionAction,
} = await import("@/actions/program");

const today = isoDateOf(new Date());

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

async function memberOnAPlan() {
  const user = await createUser();
  const db = await getDb();
  const [assessment] = await db
    .insert(assessments)
    .values({
      userId: user.id,
      quizVersion: 1,
      answers: {},
      outcome: "candidate",
      resultType: "flexion",
      category: "D",
      worstPain: 5,
      scores: {},
    })
    .returning({ id: assessments.id });
  const { enrollmentId } = await startProgram({
    userId: user.id,
    assessmentId: assessment!.id,
    planType: "flexion",
    today,
  });
  signedIn.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  return { userId: user.id, assessmentId: assessment!.id, enrollmentId };
}

const aSession = {
  date: today,
  exerciseIds: ["walk-short-bouts", "prone-lying"],
  effort: "4",
  painBefore: "5",
  painAfter: "3",
};

async function sessionsOf(userId: string) {
  const db = await getDb();
  return db.select().from(exerciseSessions).where(eq(exerciseSessions.userId, userId));
}
async function enrollmentsOf(userId: string) {
  const db = await getDb();
  return db.select().from(programEnrollments).where(eq(programEnrollments.userId, userId));
}

describe("program actions", () => {
  let member: Awaited<ReturnType<typeof memberOnAPlan>>;
  beforeEach(async () => {
    member = await memberOnAPlan();
  });

  it("starting a program again ends the active one and starts phase 1", async () => {
    const { enrollmentId } = await startProgram({
      userId: member.userId,
      assessmentId: member.assessmentId,
      planType: "load",
      today,
    });
    const rows = await enrollmentsOf(member.userId);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === member.enrollmentId)?.status).toBe("ended");
    expect(rows.find((r) => r.id === enrollmentId)).toMatchObject({
      status: "active",
      phase: 1,
      planType: "load",
      phaseStartedOn: today,
    });
  });

  it("a member logs a session against their active plan at its phase", async () => {
    const state = await logExerciseSessionAction(idleState, form(aSession));
    expect(state.status).toBe("success");
    const [row] = await sessionsOf(member.userId);
    expect(row).toMatchObject({
      enrollmentId: member.enrollmentId,
      phase: 1,
      effort: 4,
      painBefore: 5,
      painAfter: 3,
      exerciseIds: aSession.exerciseIds,
    });
  });

  it("an invalid session comes back with every field error and the values typed", async () => {
    const state = await logExerciseSessionAction(
      idleState,
      form({ date: today, effort: "0", painBefore: "11", painAfter: "3", notes: "tired" }),
    );
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([
      "effort",
      "exerciseIds",
      "painBefore",
    ]);
    expect(state.values).toMatchObject({ notes: "tired", painAfter: "3" });
    expect(await sessionsOf(member.userId)).toHaveLength(0);
  });

  it("logging always goes to the signed-in member's own plan, whatever ids the form carries", async () => {
    const other = member;
    member = await memberOnAPlan();
    await logExerciseSessionAction(
      idleState,
      form({ ...aSession, enrollmentId: other.enrollmentId, userId: other.userId }),
    );
    expect(await sessionsOf(other.userId)).toHaveLength(0);
    expect((await sessionsOf(member.userId))[0]?.enrollmentId).toBe(member.enrollmentId);
  });

  it("another member's session can't be deleted: not found, nothing changed", async () => {
    await logExerciseSessionAction(idleState, form(aSession));
    const owner = member;
    const before = await sessionsOf(owner.userId);

    member = await memberOnAPlan();
    const state = await deleteExerciseSessionAction(idleState, form({ id: before[0]!.id }));
    expect(state).toMatchObject({ status: "error", message: "That session was not found." });
    expect(await sessionsOf(owner.userId)).toEqual(before);
  });

  it("another member's plan can't change phase: not found, nothing changed", async () => {
    const owner = member;
    const before = await enrollmentsOf(owner.userId);

    member = await memberOnAPlan();
    for (const direction of ["next", "back"]) {
      const state = await changeProgramPhaseAction(
        idleState,
        form({ enrollmentId: owner.enrollmentId, direction }),
      );
      expect(state).toMatchObject({ status: "error", message: "That plan was not found." });
    }
    expect(await enrollmentsOf(owner.userId)).toEqual(before);
  });

  it("a member declares a flare-up and ends it; another member's plan id gets not found", async () => {
    const owner = member;
    const declared = async () => {
      const db = await getDb();
      const [row] = await db
        .select({ on: programEnrollments.flareDeclaredOn })
        .from(programEnrollments)
        .where(eq(programEnrollments.id, owner.enrollmentId));
      return row?.on ?? null;
    };
    const start = form({ enrollmentId: owner.enrollmentId, declared: "start" });
    expect(await declareFlareUpAction(idleState, start)).toMatchObject({ status: "success" });
    expect(await declared()).toBe(today);

    member = await memberOnAPlan();
    const end = form({ enrollmentId: owner.enrollmentId, declared: "end" });
    expect(await declareFlareUpAction(idleState, end)).toMatchObject({
      status: "error",
      message: "That plan was not found.",
    });
    expect(await declared()).toBe(today);

    member = owner;
    signedIn.user = { ...signedInUser(), id: owner.userId };
    expect(await declareFlareUpAction(idleState, end)).toMatchObject({ status: "success" });
    expect(await declared()).toBeNull();
  });

  it("a member moves on a phase and back again, never past 3 or below 1", async () => {
    const back = await changeProgramPhaseAction(
      idleState,
      form({ enrollmentId: member.enrollmentId, direction: "back" }),
    );
    expect(back.status).toBe("error");
    for (const expected of [2, 3]) {
      expect(
        await changeProgramPhaseAction(
          idleState,
          form({ enrollmentId: member.enrollmentId, direction: "next" }),
        ),
      ).toMatchObject({ status: "success" });
      expect((await enrollmentsOf(member.userId))[0]?.phase).toBe(expected);
    }
    expect(
      (
        await changeProgramPhaseAction(
          idleState,
          form({ enrollmentId: member.enrollmentId, direction: "next" }),
        )
      ).status,
    ).toBe("error");
    expect(
      await changeProgramPhaseAction(
        idleState,
        form({ enrollmentId: member.enrollmentId, direction: "back" }),
      ),
    ).toMatchObject({ status: "success" });
    expect((await enrollmentsOf(member.userId))[0]).toMatchObject({
      phase: 2,
      phaseStartedOn: today,
    });
  });

  it("a member deletes their own session", async () => {
    await logExerciseSessionAction(idleState, form(aSession));
    const [mine] = await sessionsOf(member.userId);
    expect(await deleteExerciseSessionAction(idleState, form({ id: mine!.id }))).toMatchObject({
      status: "success",
    });
    expect(await sessionsOf(member.userId)).toHaveLength(0);
  });
});
