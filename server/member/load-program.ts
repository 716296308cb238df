import "server-only";
import { getLatestAssessmentDetail } from "@/db/queries/assessments";
import { getJournalDays } from "@/db/queries/journal";
import { getActiveProgram } from "@/db/queries/program";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import { dosesFor } from "@/lib/program/adjusted-doses";
import { adaptPlan, circumstancesFromAnswers } from "@/lib/program/circumstances";
import { detectFlareUp } from "@/lib/program/flare-up";
import { suggestPhaseChange } from "@/lib/program/phase";
import { getPlan } from "@/lib/program/plans";
import { todaysSession } from "@/lib/program/today";

/**
 * Flare-up detection compares recent worst pain with the 4 weeks before it; 90 days covers a
 * flare-up of up to two months with its baseline.
 */
export const FLARE_UP_LOOKBACK_DAYS = 90;

/** Everything /program shows, in three parallel round trips (the plan query brings the dose levels). */
export async function loadProgram({ userId, today }: { userId: string; today: IsoDate }) {
  const [program, latestAssessment, journal] = await Promise.all([
    getActiveProgram({ userId }),
    getLatestAssessmentDetail({ userId }),
    getJournalDays({ userId, from: addDays(today, -FLARE_UP_LOOKBACK_DAYS), to: today }),
  ]);
  if (!program) return { status: "no-plan" as const, latestAssessment };
  const { enrollment, sessions } = program;
  const circumstances = circumstancesFromAnswers(latestAssessment?.answers);
  const plan = adaptPlan(getPlan(enrollment.planType, enrollment.phase), circumstances).plan;
  return {
    status: "plan" as const,
    latestAssessment,
    enrollment,
    sessions,
    circumstances,
    /** The current phase's doses after the member's ratings (docs/product.md §4), by exercise id. */
    doses: dosesFor(plan.exerciseIds, program.doseLevels, enrollment.phase),
    today: todaysSession({
      circumstances,
      type: enrollment.planType,
      phase: enrollment.phase,
      date: today,
      recentSessions: sessions,
    }),
    suggestion: suggestPhaseChange({
      phase: enrollment.phase,
      phaseStartedOn: enrollment.phaseStartedOn,
      today,
      sessions,
      journal,
    }),
    flareUp: detectFlareUp({
      entries: journal,
      today,
      declaredOn: program.enrollment.flareDeclaredOn,
    }),
  };
}
