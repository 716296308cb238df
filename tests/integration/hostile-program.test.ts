import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { startProgram } from "@/db/queries/program";
import { assessments, exerciseSessions, programEnrollments } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { createUser } from "./factories";
import {
  extraFields,
  field,
  formOf,
  hostileText,
  isExplainedError,
  nulText,
  outcomeOf,
  RUNS,
  snapshot,
  toFormData,
  type HostileFields,
} from "./support/hostile-arbitraries";
import { session as signedIn } from "./support/session";

// The program's actions (log, delete, change phase, start) and the
// assessments page's "start this plan" under hostile FormData.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));
vi.mock("next/navigation", () => import("./support/next-navigation"));

const {
  changeProgramPhaseAction,
  deleteExerciseSessionAction,
  logExerciseSessionAction,
  startProgramAction,
} = await import("@/actions/program");

const today = isoDateOf(new Date());

type Member = { userId: string; assessmentId: string; enrollmentId: string; sessionIds: string[] };

async function memberOnAPlan(outcome: "candidate" | "urgent" = "candidate"): Promise<Member> {
  const user = await createUser();
  const db = await getDb();
  const [assessment] = await db
    .insert(assessments)
    .values({
      userId: user.id,
      quizVersion: 1,
      answers: {},
      outcome,
      resultType: outcome === "candidate" ? "flexion" : null,
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
  await db.insert(exerciseSessions).values(
    [1, 2].map((d) => ({
      userId: user.id,
      enrollmentId,
      performedOn: addDays(today, -d),
      phase: 1,
      exerciseIds: ["walk-short-bouts"],
      effort: 3,
      painBefore: 4,
      painAfter: 3,
    })),
  );
  const sessionIds = (
    await db
      .select({ id: exerciseSessions.id })
      .from(exerciseSessions)
      .where(eq(exerciseSessions.userId, user.id))
  ).map((r) => r.id);
  return { userId: user.id, assessmentId: assessment!.id, enrollmentId, sessionIds };
}

/** Everything of one member's that the program actions can write. */
async function programOf(userId: string) {
  const db = await getDb();
  const [enrollments, sessions, results] = await Promise.all([
    db
      .select()
      .from(programEnrollments)
      .where(eq(programEnrollments.userId, userId))
      .orderBy(programEnrollments.createdAt, programEnrollments.id),
    db
      .select()
      .from(exerciseSessions)
      .where(eq(exerciseSessions.userId, userId))
      .orderBy(exerciseSessions.createdAt, exerciseSessions.id),
    db
      .select()
      .from(assessments)
      .where(eq(assessments.userId, userId))
      .orderBy(assessments.createdAt, assessments.id),
  ]);
  return { enrollments, sessions, results };
}

let me: Member;
let other: Member;

beforeAll(async () => {
  other = await memberOnAPlan();
  me = await memberOnAPlan();
  signedIn.user = { id: me.userId, name: "Me", email: "me@example.test", role: "member" };
});

const foreignOrMadeUpId = () =>
  fc.oneof(
    hostileText,
    fc.constantFrom(other.enrollmentId, other.assessmentId, ...other.sessionIds),
    fc.constant(randomUUID()),
    fc.constant(other.enrollmentId.toUpperCase()),
    fc.constant(`${other.enrollmentId}'--`),
  );

const sessionFields = {
  date: () =>
    fc.oneof(
      hostileText,
      fc.integer({ min: -3, max: 3 }).map((d) => addDays(today, d)),
    ),
  exerciseIds: () =>
    fc.oneof(
      hostileText,
      fc.constantFrom("walk-short-bouts", "prone-lying", "WALK-SHORT-BOUTS", "walk-short-bouts "),
    ),
  effort: () => hostileText,
  painBefore: () => hostileText,
  painAfter: () => hostileText,
  notes: () => hostileText,
  enrollmentId: foreignOrMadeUpId,
  userId: () => fc.constant(other.userId),
  phase: () => hostileText,
} satisfies Record<string, () => fc.Arbitrary<string>>;

const hostileSession = () =>
  fc
    .tuple(
      fc.array(
        fc
          .constantFrom(...(Object.keys(sessionFields) as (keyof typeof sessionFields)[]))
          .chain((key) => field(sessionFields[key]()).map((values) => [key, values] as const)),
        { minLength: 1, maxLength: 4 },
      ),
      extraFields,
    )
    .map(([overrides, extra]): HostileFields => ({
      date: [today],
      exerciseIds: ["walk-short-bouts"],
      effort: ["4"],
      painBefore: ["5"],
      painAfter: ["3"],
      ...Object.fromEntries(overrides),
      ...extra,
    }));

describe("logExerciseSessionAction with hostile input", () => {
  it("answers with a state, adds at most one session of the member's own, and leaves others alone", async () => {
    const theirsBefore = snapshot(await programOf(other.userId));
    const seen = { success: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(hostileSession(), async (fields) => {
        const before = await programOf(me.userId);
        const outcome = await outcomeOf(() =>
          logExerciseSessionAction(idleState, toFormData(fields)),
        );
        const after = await programOf(me.userId);
        expect(outcome.kind).toBe("state");
        if (outcome.kind !== "state") return;
        seen[outcome.status === "success" ? "success" : "error"] += 1;
        if (outcome.status === "error") {
          expect(isExplainedError(outcome)).toBe(true);
          expect(snapshot(after)).toBe(snapshot(before));
        } else {
          expect(outcome.status).toBe("success");
          expect(snapshot(after.enrollments)).toBe(snapshot(before.enrollments));
          expect(after.sessions).toHaveLength(before.sessions.length + 1);
          const added = after.sessions.find((s) => !before.sessions.some((b) => b.id === s.id));
          expect(added).toMatchObject({
            userId: me.userId,
            enrollmentId: me.enrollmentId,
            phase: 1,
          });
          expect(Number.isInteger(added?.effort)).toBe(true);
          expect((added?.notes ?? "").length).toBeLessThanOrEqual(2000);
        }
        expect(snapshot(await programOf(other.userId))).toBe(theirsBefore);
      }),
      RUNS,
    );
    expect(seen.success).toBeGreaterThan(0);
    expect(seen.error).toBeGreaterThan(0);
  });
});

describe("deleteExerciseSessionAction and changeProgramPhaseAction with hostile ids", () => {
  it("another member's or a made-up session id is not found; nothing anywhere changes", async () => {
    const theirsBefore = snapshot(await programOf(other.userId));
    await fc.assert(
      fc.asyncProperty(
        fc.record({ id: field(foreignOrMadeUpId()) }, { requiredKeys: [] }),
        extraFields,
        async (fields, extra) => {
          const before = snapshot(await programOf(me.userId));
          const outcome = await outcomeOf(() =>
            deleteExerciseSessionAction(idleState, toFormData(fields, extra)),
          );
          expect(outcome).toMatchObject({
            kind: "state",
            status: "error",
            message: "That session was not found.",
          });
          expect(snapshot(await programOf(me.userId))).toBe(before);
          expect(snapshot(await programOf(other.userId))).toBe(theirsBefore);
        },
      ),
      RUNS,
    );
  });

  it("a hostile plan id or direction never moves a phase; the member's own plan moves by one at most", async () => {
    const theirsBefore = snapshot(await programOf(other.userId));
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            enrollmentId: field(fc.oneof(foreignOrMadeUpId(), fc.constant(me.enrollmentId))),
            direction: field(
              fc.oneof(hostileText, fc.constantFrom("next", "back", "NEXT", "next ", "forward")),
            ),
          },
          { requiredKeys: [] },
        ),
        extraFields,
        async (fields, extra) => {
          const [before] = (await programOf(me.userId)).enrollments.filter(
            (e) => e.status === "active",
          );
          const outcome = await outcomeOf(() =>
            changeProgramPhaseAction(idleState, toFormData(fields, extra)),
          );
          const [after] = (await programOf(me.userId)).enrollments.filter(
            (e) => e.status === "active",
          );
          expect(outcome.kind).toBe("state");
          if (outcome.kind !== "state") return;
          const own =
            fields.enrollmentId?.length === 1 && fields.enrollmentId[0] === me.enrollmentId;
          const direction = fields.direction?.length === 1 ? fields.direction[0] : undefined;
          if (outcome.status === "success") {
            expect(own && (direction === "next" || direction === "back")).toBe(true);
            expect(Math.abs((after?.phase ?? 0) - (before?.phase ?? 0))).toBe(1);
          } else {
            expect(isExplainedError(outcome)).toBe(true);
            expect(after).toEqual(before);
          }
          expect(after?.phase).toBeGreaterThanOrEqual(1);
          expect(after?.phase).toBeLessThanOrEqual(3);
          expect(snapshot(await programOf(other.userId))).toBe(theirsBefore);
        },
      ),
      RUNS,
    );
  });

  it("starting a plan takes its type from the member's own result: a posted plan type or any other extra field is refused and enrols no one", async () => {
    const theirsBefore = snapshot(await programOf(other.userId));
    await fc.assert(
      fc.asyncProperty(extraFields, hostileText, async (extra, planType) => {
        const before = snapshot(await programOf(me.userId));
        const outcome = await outcomeOf(() =>
          startProgramAction(
            undefined,
            toFormData({ assessmentId: [me.assessmentId], planType: [planType] }, extra),
          ),
        );
        expect(outcome.kind).toBe("not-found");
        expect(snapshot(await programOf(me.userId))).toBe(before);
        expect(snapshot(await programOf(other.userId))).toBe(theirsBefore);
      }),
      { numRuns: 10 },
    );
  });
});

describe("startProgramAction with hostile ids", () => {
  it("another member's, a made-up or a malformed result id is not found and enrols no one", async () => {
    const theirsBefore = snapshot(await programOf(other.userId));
    await fc.assert(
      fc.asyncProperty(
        fc.record({ assessmentId: field(foreignOrMadeUpId()) }, { requiredKeys: [] }),
        extraFields,
        async (fields, extra) => {
          const before = snapshot(await programOf(me.userId));
          const outcome = await outcomeOf(() =>
            startProgramAction(undefined, toFormData(fields, extra)),
          );
          expect(outcome.kind).toBe("not-found");
          expect(snapshot(await programOf(me.userId))).toBe(before);
          expect(snapshot(await programOf(other.userId))).toBe(theirsBefore);
        },
      ),
      RUNS,
    );
  });

  it("the member's own candidate result starts its plan and lands on /program", async () => {
    const outcome = await outcomeOf(() =>
      startProgramAction(undefined, formOf({ assessmentId: me.assessmentId })),
    );
    expect(outcome).toEqual({ kind: "redirect", url: "/program" });
  });
});

describe("NUL characters in session notes", () => {
  it("a NUL in a session's notes is a field error, not a 500, and nothing is logged", async () => {
    await fc.assert(
      fc.asyncProperty(nulText, async (notes) => {
        const before = snapshot(await programOf(me.userId));
        const outcome = await outcomeOf(() =>
          logExerciseSessionAction(
            idleState,
            formOf({
              date: today,
              exerciseIds: "walk-short-bouts",
              effort: "4",
              painBefore: "5",
              painAfter: "3",
              notes,
            }),
          ),
        );
        expect(outcome).toMatchObject({ kind: "state", status: "error" });
        expect(snapshot(await programOf(me.userId))).toBe(before);
      }),
      { numRuns: 5, endOnFailure: true },
    );
  });
});
