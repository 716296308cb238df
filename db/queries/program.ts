import "server-only";
import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { exerciseSessions, programEnrollments } from "@/db/schema";
import {
  applyDoseRatings,
  clearDoseLevels,
  doseLevelsByExercise,
  doseLevelsJson,
} from "./dose-levels";
import type { DoseLevel } from "@/lib/program/dose-adaptation";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Phase, PlanType } from "@/lib/program/types";
import { isUuid } from "@/lib/ids";
import type { LogSessionValues } from "@/lib/validations/program";

/**
 * Starts a member on a plan: ends whatever plan they were following and enrols them at phase 1.
 * One transaction, so the "one active enrolment per member" index never sees two.
 */
export async function startProgram({
  userId,
  assessmentId,
  planType,
  today,
}: {
  userId: string;
  assessmentId: string;
  planType: PlanType;
  today: string;
}): Promise<{ enrollmentId: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .update(programEnrollments)
      .set({ status: "ended" })
      .where(and(eq(programEnrollments.userId, userId), eq(programEnrollments.status, "active")));
    const [row] = await tx
      .insert(programEnrollments)
      .values({ userId, assessmentId, planType, phase: 1, phaseStartedOn: today, status: "active" })
      .returning({ id: programEnrollments.id });
    if (!row) throw new Error("enrolment was not created");
    await clearDoseLevels(tx, { userId });
    return { enrollmentId: row.id };
  });
}

export type ActiveEnrollment = {
  id: string;
  planType: PlanType;
  phase: Phase;
  phaseStartedOn: IsoDate;
  assessmentId: string | null;
  flareDeclaredOn: IsoDate | null;
};

export type SessionView = {
  id: string;
  date: IsoDate;
  phase: Phase;
  exerciseIds: string[];
  effort: number;
  painBefore: number;
  painAfter: number;
  notes: string | null;
};

/**
 * The member's active plan with its logged sessions, newest first, and their dose levels, in
 * one statement (a left join, so a plan with no sessions yet still comes back). Null when they
 * follow no plan.
 */
export async function getActiveProgram({ userId }: { userId: string }): Promise<{
  enrollment: ActiveEnrollment;
  sessions: SessionView[];
  /** Where each exercise's dose stands after the member's ratings, by exercise id. */
  doseLevels: Record<string, DoseLevel>;
} | null> {
  const db = await getDb();
  const rows = await db
    .select({
      enrollment: {
        id: programEnrollments.id,
        planType: programEnrollments.planType,
        phase: programEnrollments.phase,
        phaseStartedOn: programEnrollments.phaseStartedOn,
        assessmentId: programEnrollments.assessmentId,
        flareDeclaredOn: programEnrollments.flareDeclaredOn,
      },
      session: {
        id: exerciseSessions.id,
        date: exerciseSessions.performedOn,
        phase: exerciseSessions.phase,
        exerciseIds: exerciseSessions.exerciseIds,
        effort: exerciseSessions.effort,
        painBefore: exerciseSessions.painBefore,
        painAfter: exerciseSessions.painAfter,
        notes: exerciseSessions.notes,
      },
      doseLevels: doseLevelsJson(userId),
    })
    .from(programEnrollments)
    .leftJoin(
      exerciseSessions,
      and(
        eq(exerciseSessions.enrollmentId, programEnrollments.id),
        eq(exerciseSessions.userId, userId),
      ),
    )
    .where(and(eq(programEnrollments.userId, userId), eq(programEnrollments.status, "active")))
    .orderBy(desc(exerciseSessions.performedOn), desc(exerciseSessions.createdAt));
  const first = rows[0];
  if (!first) return null;
  const enrollment: ActiveEnrollment = {
    ...first.enrollment,
    phase: asPhase(first.enrollment.phase),
  };
  const sessions = rows.flatMap(({ session }) =>
    session ? [{ ...session, phase: asPhase(session.phase) }] : [],
  );
  return { enrollment, sessions, doseLevels: doseLevelsByExercise(first.doseLevels) };
}

/** What a save answers with: the stored session, whether it came from this request or an earlier one. */
type SavedSession = { id: string; painBefore: number; painAfter: number; created: boolean };

/**
 * Logs a session against the member's active plan; null when they follow no plan.
 *
 * With a session key (the guided player's), saving again is a replay, not a second session:
 * the insert does nothing on the member's (user, key) index, and the session the first save
 * stored comes back instead. Concurrent saves wait on that index for the first to commit, so
 * two taps at once still store one session. The ratings move the dose levels in the same
 * transaction, and only for the save that stored the session, so a replay never adjusts twice.
 */
export async function logSession({
  userId,
  values,
}: {
  userId: string;
  values: LogSessionValues;
}): Promise<SavedSession | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [enrollment] = await tx
      .select({ id: programEnrollments.id, phase: programEnrollments.phase })
      .from(programEnrollments)
      .where(and(eq(programEnrollments.userId, userId), eq(programEnrollments.status, "active")))
      .limit(1);
    if (!enrollment) return null;
    const stored = {
      id: exerciseSessions.id,
      painBefore: exerciseSessions.painBefore,
      painAfter: exerciseSessions.painAfter,
    };
    const phase = asPhase(enrollment.phase);
    const [row] = await tx
      .insert(exerciseSessions)
      .values({
        userId,
        enrollmentId: enrollment.id,
        performedOn: values.date,
        phase,
        exerciseIds: values.exerciseIds,
        effort: values.effort,
        painBefore: values.painBefore,
        painAfter: values.painAfter,
        notes: values.notes,
        clientKey: values.sessionKey ?? null,
        ratings: values.ratings,
      })
      .onConflictDoNothing({ target: [exerciseSessions.userId, exerciseSessions.clientKey] })
      .returning(stored);
    if (row) {
      if (values.ratings) await applyDoseRatings(tx, { userId, phase, ratings: values.ratings });
      return { ...row, created: true };
    }
    // Only a session key can conflict (a null key never equals another): this is a replay.
    if (!values.sessionKey) throw new Error("a session without a key was not stored");
    const [earlier] = await tx
      .select(stored)
      .from(exerciseSessions)
      .where(
        and(eq(exerciseSessions.userId, userId), eq(exerciseSessions.clientKey, values.sessionKey)),
      )
      .limit(1);
    return earlier ? { ...earlier, created: false } : null;
  });
}

/** Deletes one of the member's sessions; false when the id is not theirs (nothing changes). */
export async function deleteSession({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<boolean> {
  if (!isUuid(id)) return false;
  const db = await getDb();
  const rows = await db
    .delete(exerciseSessions)
    .where(and(eq(exerciseSessions.id, id), eq(exerciseSessions.userId, userId)))
    .returning({ id: exerciseSessions.id });
  return rows.length > 0;
}

/**
 * Moves the member's active plan one phase on or back and restarts the phase clock. The
 * bounds live in the WHERE clause, so a stale form can't push a plan past phase 3 or below 1;
 * null means nothing matched (not theirs, not active, or already at the end). The member's
 * adjusted doses start again from the new phase's plan (clearDoseLevels).
 */
export async function changePhase({
  userId,
  enrollmentId,
  direction,
  today,
}: {
  userId: string;
  enrollmentId: string;
  direction: "next" | "back";
  today: IsoDate;
}): Promise<{ phase: Phase } | null> {
  if (!isUuid(enrollmentId)) return null;
  const db = await getDb();
  const step = direction === "next" ? 1 : -1;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(programEnrollments)
      .set({ phase: sql`${programEnrollments.phase} + ${step}`, phaseStartedOn: today })
      .where(
        and(
          eq(programEnrollments.id, enrollmentId),
          eq(programEnrollments.userId, userId),
          eq(programEnrollments.status, "active"),
          direction === "next" ? lt(programEnrollments.phase, 3) : gt(programEnrollments.phase, 1),
        ),
      )
      .returning({ phase: programEnrollments.phase });
    if (!row) return null;
    await clearDoseLevels(tx, { userId });
    return { phase: asPhase(row.phase) };
  });
}

/**
 * Records or clears the member's own "I'm having a flare-up" on their active plan; false when
 * that plan is not theirs or not active.
 */
export async function setFlareDeclared({
  userId,
  enrollmentId,
  declaredOn,
}: {
  userId: string;
  enrollmentId: string;
  declaredOn: IsoDate | null;
}): Promise<boolean> {
  if (!isUuid(enrollmentId)) return false;
  const db = await getDb();
  const rows = await db
    .update(programEnrollments)
    .set({ flareDeclaredOn: declaredOn })
    .where(
      and(
        eq(programEnrollments.id, enrollmentId),
        eq(programEnrollments.userId, userId),
        eq(programEnrollments.status, "active"),
      ),
    )
    .returning({ id: programEnrollments.id });
  return rows.length > 0;
}

function asPhase(value: number): Phase {
  // The table's check constraint keeps phase within 1–3; anything else is a broken database.
  if (value === 1 || value === 2 || value === 3) return value;
  throw new Error(`phase out of range: ${value}`);
}
