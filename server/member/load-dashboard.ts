import "server-only";
import { getLatestAssessmentDetail } from "@/db/queries/assessments";
import { getRecentJournalWithAllDates } from "@/db/queries/journal";
import { getActiveProgram } from "@/db/queries/program";
import { getProgressSummary } from "@/db/queries/progress";
import { FOUR_WEEK_LOOKBACK_DAYS, fourWeekCheck, painTrend, streaks } from "@/lib/journal/insights";
import { activitiesDue } from "@/lib/progress/activities";
import { checkInDue } from "@/lib/progress/check-in";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import { circumstancesFromAnswers } from "@/lib/program/circumstances";
import { adjustedDoseTexts, dosesFor } from "@/lib/program/adjusted-doses";
import { detectFlareUp } from "@/lib/program/flare-up";
import { suggestPhaseChange } from "@/lib/program/phase";
import { todaysSession } from "@/lib/program/today";
import { FLARE_UP_LOOKBACK_DAYS } from "./load-program";
import { nextSteps } from "@/lib/dashboard/next-steps";
import { courseProgress } from "@/lib/learn/lessons";

/**
 * Everything /dashboard shows, in four parallel round trips: the latest quiz result, the
 * active plan with its sessions and dose levels (one join), the recent journal with every logged date
 * (one statement), and what /progress has due with the recent weekly scores and the course
 * lessons done (one statement, so the next-lesson card costs no round trip of its own).
 */
export async function loadDashboard({ userId, today }: { userId: string; today: IsoDate }) {
  const [assessment, program, journal, progress] = await Promise.all([
    getLatestAssessmentDetail({ userId }),
    getActiveProgram({ userId }),
    getRecentJournalWithAllDates({
      userId,
      from: addDays(today, -FLARE_UP_LOOKBACK_DAYS),
      to: today,
    }),
    getProgressSummary({ userId, from: addDays(today, -FOUR_WEEK_LOOKBACK_DAYS) }),
  ]);

  const plan = program
    ? planForToday({ program, assessment, journal: journal.recent, today })
    : null;

  const fourWeek = fourWeekCheck(journal.recent, { today, checkIns: progress.recentCheckIns });
  return {
    today,
    assessment,
    plan,
    todayEntry: journal.recent.find((e) => e.date === today) ?? null,
    trend: painTrend(journal.recent, { days: 30, today }),
    course: courseProgress(progress.lessonsDone),
    streaks: streaks(
      journal.allDates.map((date) => ({ date })),
      { today },
    ),
    nextSteps: nextSteps({
      today,
      assessment,
      plan: plan && {
        phase: plan.enrollment.phase,
        suggestion: plan.suggestion,
        flareUp: plan.flareUp,
      },
      fourWeek: fourWeek.status === "ok" ? fourWeek : null,
      progress: {
        checkInDue: checkInDue({ lastCheckedOn: progress.lastCheckedOn, today }),
        neverCheckedIn: progress.lastCheckedOn === null,
        activitiesDue: activitiesDue({ lastRatedOn: progress.lastRatedOn, today }),
      },
    }),
  };
}

/** The dashboard's "Today's session" card: today's exercises at the doses /program shows. */
function planForToday({
  program,
  assessment,
  journal,
  today,
}: {
  program: NonNullable<Awaited<ReturnType<typeof getActiveProgram>>>;
  assessment: Awaited<ReturnType<typeof getLatestAssessmentDetail>>;
  journal: Awaited<ReturnType<typeof getRecentJournalWithAllDates>>["recent"];
  today: IsoDate;
}) {
  const { enrollment, sessions, doseLevels } = program;
  const session = todaysSession({
    circumstances: circumstancesFromAnswers(assessment?.answers),
    type: enrollment.planType,
    phase: enrollment.phase,
    date: today,
    recentSessions: sessions,
  });
  return {
    enrollment,
    session,
    /** Where the member's ratings moved a dose, its words, by exercise id. */
    adjustedDoseTexts: adjustedDoseTexts(
      dosesFor(session.exerciseIds, doseLevels, enrollment.phase),
    ),
    loggedToday: sessions.some((s) => s.date === today),
    suggestion: suggestPhaseChange({
      phase: enrollment.phase,
      phaseStartedOn: enrollment.phaseStartedOn,
      today,
      sessions,
      journal,
    }),
    flareUp: detectFlareUp({ entries: journal, today, declaredOn: enrollment.flareDeclaredOn }),
  };
}
