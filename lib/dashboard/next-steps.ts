import { daysBetween, isoDateOf, type IsoDate } from "@/lib/dates/iso-date";
import type { FourWeekVerdict } from "@/lib/journal/four-week-check";
import { promptsClinician, type ClinicianPromptVerdict } from "@/lib/journal/four-week-words";
import type { FlareUpResult } from "@/lib/program/flare-up";
import type { PhaseSuggestion } from "@/lib/program/phase";

/** docs/product.md: retake the quiz after six weeks to see whether the picture has changed. */
export const RETAKE_AFTER_DAYS = 42;

export type NextStep =
  | { kind: "take-quiz" }
  | { kind: "see-result"; outcome: string }
  | { kind: "start-plan" }
  | { kind: "flare-up"; reason: string; canStepBack: boolean }
  | { kind: "move-on"; reason: string; nextPhase: number }
  | { kind: "four-week-check"; verdict: ClinicianPromptVerdict; change: number }
  | { kind: "retake-quiz"; daysSince: number }
  | { kind: "weekly-check-in"; firstTime: boolean }
  | { kind: "rate-activities" }
  | { kind: "keep-going"; reason: string };

type Input = {
  today: IsoDate;
  assessment: { outcome: string; createdAt: Date } | null;
  plan: { phase: number; suggestion: PhaseSuggestion; flareUp: FlareUpResult } | null;
  /** The journal's four-week check, when it had enough entries (docs/product.md §5). */
  fourWeek: { verdict: FourWeekVerdict; change: number } | null;
  /** /progress's due cards (docs/product.md §9): from lib/progress. Absent: nothing due. */
  progress?: { checkInDue: boolean; neverCheckedIn: boolean; activitiesDue: boolean };
};

/**
 * What the dashboard suggests next, most pressing first: a flare-up outranks moving on; the
 * four-week check's clinician prompt comes next (the same check /journal/insights shows, so a
 * member who never opens that page still sees it); a quiz retake comes next, then a weekly
 * check-in or activity re-rating when due. Always at least one step, so the card is never empty.
 */
export function nextSteps({ today, assessment, plan, fourWeek, progress }: Input): NextStep[] {
  const due: NextStep[] = [];
  if (progress?.checkInDue)
    due.push({ kind: "weekly-check-in", firstTime: progress.neverCheckedIn });
  if (progress?.activitiesDue) due.push({ kind: "rate-activities" });
  if (!assessment) return [{ kind: "take-quiz" }, ...due];
  const steps: NextStep[] = [];
  if (!plan) {
    steps.push(
      assessment.outcome === "candidate"
        ? { kind: "start-plan" }
        : { kind: "see-result", outcome: assessment.outcome },
    );
  } else if (plan.flareUp.status === "flare-up") {
    steps.push({ kind: "flare-up", reason: plan.flareUp.reason, canStepBack: plan.phase > 1 });
  } else if (plan.suggestion.status === "suggest-next") {
    steps.push({
      kind: "move-on",
      reason: plan.suggestion.reason,
      nextPhase: plan.suggestion.nextPhase,
    });
  }
  if (fourWeek && promptsClinician(fourWeek.verdict)) {
    steps.push({ kind: "four-week-check", verdict: fourWeek.verdict, change: fourWeek.change });
  }
  const daysSince = daysBetween(isoDateOf(assessment.createdAt), today);
  if (daysSince >= RETAKE_AFTER_DAYS) steps.push({ kind: "retake-quiz", daysSince });
  steps.push(...due);
  if (steps.length === 0 && plan)
    steps.push({ kind: "keep-going", reason: plan.suggestion.reason });
  return steps;
}
