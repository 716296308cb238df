"use server";

// refresh(), not revalidatePath: see journal/actions.ts.
import { refresh } from "next/cache";
import { getLatestAssessment } from "@/db/queries/assessments";
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
} from "@/lib/validations/program";

export async function logExerciseSession(_: ActionState, formData: FormData): Promise<ActionState> {
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
  const easier = parsed.data.painAfter < parsed.data.painBefore;
  return {
    status: "success",
    message: easier
      ? "Session logged, and your back felt easier afterwards. Well done."
      : "Session logged. Well done for showing up.",
  };
}

export async function deleteExerciseSession(
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
export async function changeProgramPhase(_: ActionState, formData: FormData): Promise<ActionState> {
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
export async function declareFlareUp(_: ActionState, formData: FormData): Promise<ActionState> {
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

/** Starts the plan the member's latest quiz result suggests (only a "candidate" result gets one). */
export async function startSuggestedProgram(
  _: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const latest = await getLatestAssessment({ userId: user.id });
  if (!latest || latest.outcome !== "candidate" || !latest.resultType) {
    return failure(
      "Your latest quiz result doesn't come with a plan. Take the quiz again if things have changed.",
    );
  }
  await startProgram({
    userId: user.id,
    assessmentId: latest.id,
    planType: latest.resultType,
    today: isoDateOf(new Date()),
  });
  refresh();
  return { status: "success", message: "Your plan has started at phase 1, Settle." };
}
