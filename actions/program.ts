"use server";

// refresh(), not revalidatePath: see journal/actions.ts.
import { refresh } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getAssessment } from "@/db/queries/assessments";
import {
  changePhase,
  deleteSession,
  logSession,
  setFlareDeclared,
  startProgram,
} from "@/db/queries/program";
import { type ActionState, failure, formFields, invalid } from "@/lib/action-state";
import { requireUser } from "@/server/auth/current-user";
import { isoDateOf } from "@/lib/dates/iso-date";
import { PHASE_NAMES } from "@/lib/program/types";
import {
  ChangePhaseSchema,
  DeclareFlareSchema,
  IdSchema,
  LogSessionSchema,
  StartProgramSchema,
} from "@/lib/validations/program";

export async function logExerciseSessionAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = LogSessionSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  const logged = await logSession({ userId: user.id, values: parsed.data });
  if (!logged)
    return failure(
      "You aren't following a plan yet, so there is nothing to log against.",
      formData,
    );
  refresh();
  // From the stored session, so a replayed save (same session key) reads exactly as the first.
  const easier = logged.painAfter < logged.painBefore;
  return {
    status: "success",
    message: easier
      ? "Session logged, and your back felt easier afterwards. Well done."
      : "Session logged. Well done for showing up.",
  };
}

export async function deleteExerciseSessionAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = IdSchema.safeParse(formFields(formData));
  if (!parsed.success || !(await deleteSession({ userId: user.id, id: parsed.data.id }))) {
    return failure("That session was not found.");
  }
  refresh();
  return { status: "success", message: "Session deleted." };
}

/** The member decides: "next" when a move is suggested (or they feel ready), "back" any time. */
export async function changeProgramPhaseAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = ChangePhaseSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure("That plan was not found.");
  const changed = await changePhase({
    userId: user.id,
    ...parsed.data,
    today: isoDateOf(new Date()),
  });
  if (!changed) return failure("That plan was not found.");
  refresh();
  return {
    status: "success",
    message:
      parsed.data.direction === "next"
        ? `You're now in phase ${changed.phase}, ${PHASE_NAMES[changed.phase]}. Take it step by step.`
        : `You're back in phase ${changed.phase}, ${PHASE_NAMES[changed.phase]}. Stepping back is part of the plan, not a failure.`,
  };
}

/** "I'm having a flare-up" (start) or "It has settled" (end), on the member's own active plan. */
export async function declareFlareUpAction(
  _: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = DeclareFlareSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure("That plan was not found.");
  const start = parsed.data.declared === "start";
  const saved = await setFlareDeclared({
    userId: user.id,
    enrollmentId: parsed.data.enrollmentId,
    declaredOn: start ? isoDateOf(new Date()) : null,
  });
  if (!saved) return failure("That plan was not found.");
  refresh();
  return {
    status: "success",
    message: start
      ? "Thanks for telling us. The flare-up plan is below: gentle movement, a little less than usual."
      : "Glad it has settled. Pick the harder parts back up gradually.",
  };
}

/**
 * Enrols the signed-in member in the plan for one of their own quiz results (the result
 * page and the program page's "Start my plan" both post its id). Someone else's result,
 * or a made-up id, is "not found"; a result that is not a candidate (red flag, or assess
 * first) never gets a program and goes back to its own page.
 */
export async function startProgramAction(_: unknown, formData: FormData): Promise<void> {
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
