"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getAssessment } from "@/db/queries/assessments";
import { startProgram } from "@/db/queries/program";
import { formFields } from "@/lib/action-state";
import { requireUser } from "@/server/auth/current-user";
import { isoDateOf } from "@/lib/dates/iso-date";

const StartProgramSchema = z.strictObject({ assessmentId: z.uuid() });

/**
 * Enrols the signed-in member in the plan for one of their own results.
 * Someone else's result, or a made-up id, is "not found"; a result that is
 * not a candidate (red flag, or assess first) never gets a program.
 */
export async function startMyProgram(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = StartProgramSchema.safeParse(formFields(formData));
  if (!parsed.success) notFound();
  const assessment = await getAssessment({ userId: user.id, id: parsed.data.assessmentId });
  if (!assessment) notFound();
  if (assessment.outcome !== "candidate" || !assessment.resultType) {
    redirect(`/assessments/${assessment.id}`);
  }
  await startProgram({
    userId: user.id,
    assessmentId: assessment.id,
    planType: assessment.resultType,
    today: isoDateOf(new Date()),
  });
  redirect("/program");
}
