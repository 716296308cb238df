import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { programEnrollments } from "@/db/schema";
import type { PlanType } from "@/lib/program/types";

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
    return { enrollmentId: row.id };
  });
}
