import "server-only";
import { startProgramAction } from "@/actions/program";
import { getActiveProgram } from "@/db/queries/program";
import type { ResultViewer } from "@/components/quiz/result-view";

/** What a signed-in member's result view needs: their current plan and the start action. */
export async function memberViewer({
  userId,
  assessmentId,
}: {
  userId: string;
  assessmentId: string;
}): Promise<ResultViewer> {
  const active = await getActiveProgram({ userId });
  const activePlan = active
    ? {
        assessmentId: active.enrollment.assessmentId,
        planType: active.enrollment.planType,
        phase: active.enrollment.phase,
      }
    : null;
  return { kind: "member", assessmentId, activePlan, startProgram: startProgramAction };
}
