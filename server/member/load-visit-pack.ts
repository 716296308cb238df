import "server-only";
import { displayedResult, getLatestAssessmentDetail } from "@/db/queries/assessments";
import { getJournalDays } from "@/db/queries/journal";
import { getProgress } from "@/db/queries/progress";
import { getSavedVisitPack, getSessionsForPack } from "@/db/queries/visit-pack";
import { addDays, daysBetween, isoDateOf, type IsoDate } from "@/lib/dates/iso-date";
import { activitiesTable, sleepVsPain, stressVsPain } from "@/lib/journal/insights";
import { mean, round1 } from "@/lib/journal/stats";
import { weeklyScore } from "@/lib/progress/check-in";
import {
  activityChange,
  describeActivityChange,
  describeScoreChange,
  scoreChange,
} from "@/lib/progress/meaningful-change";
import { flareEpisodes, sessionsSummary } from "@/lib/progress/visit-pack-figures";
import type { VisitPackOptions, VisitPackSectionId } from "@/lib/progress/visit-pack-options";
import { SOFT_FLAG_BRIEF } from "@/lib/progress/visit-pack-quiz-words";
import type { PackQuiz, VisitPack, VisitPackSection } from "@/lib/progress/visit-pack-types";
import { OUTCOME_COPY, RED_FLAG_COPY } from "@/lib/quiz/copy";
import { RESULT_IN_PLAIN_WORDS } from "@/lib/quiz/plain-words";
import { RESULT_TYPE_LABELS } from "@/lib/quiz/types";
import { RED_FLAGS } from "@/lib/safety/red-flags";

/**
 * The visit pack (docs/product.md §9): everything one page shows a clinician, for one member,
 * range and choice of sections. The page, its PDF and a share link's page all render this one
 * value, so they can never disagree.
 *
 * `userId` must come from the session or from a verified share token, never from a form field:
 * every query below is scoped by it. Only the selected sections are loaded.
 */

export type { VisitPack } from "@/lib/progress/visit-pack-types";

const inRange = (date: IsoDate, { from, to }: VisitPackOptions) => date >= from && date <= to;

export async function loadVisitPack(userId: string, options: VisitPackOptions): Promise<VisitPack> {
  const wants = (id: VisitPackSectionId) => options.sections.includes(id);
  const needsJournal =
    wants("trend") || wants("flares") || wants("helpsHurts") || wants("sleepStress");
  const needsProgress = wants("trend") || wants("abilities");
  const needsSessions = wants("sessions") || wants("flares");
  // Flare-ups compare with the four weeks before them; 90 days before the range covers the
  // baseline of a flare-up already under way when the range begins.
  const journalFrom = addDays(options.from, wants("flares") ? -90 : 0);

  const [saved, journal, progress, assessment, program] = await Promise.all([
    getSavedVisitPack({ userId }),
    needsJournal ? getJournalDays({ userId, from: journalFrom, to: options.to }) : [],
    needsProgress ? getProgress({ userId }) : null,
    wants("quiz") ? getLatestAssessmentDetail({ userId }) : null,
    needsSessions ? getSessionsForPack({ userId, from: options.from, to: options.to }) : null,
  ]);
  const days = daysBetween(options.from, options.to) + 1;
  const window = { today: options.to, days };
  const journalInRange = journal.filter((e) => inRange(e.date, options));

  const build: Record<VisitPackSectionId, () => VisitPackSection> = {
    quiz: () => ({ id: "quiz", quiz: assessment ? packQuiz(assessment) : null }),
    trend: () => {
      const checkIns = (progress?.checkIns ?? []).filter((c) => inRange(c.checkedOn, options));
      const scores = checkIns.map((c) => ({ date: c.checkedOn, value: weeklyScore(c) }));
      const pains = checkIns.map((c) => ({ date: c.checkedOn, value: c.pain }));
      const meanPain = mean(journalInRange.map((e) => e.pain));
      const meanWorst = mean(journalInRange.map((e) => e.worstPain));
      return {
        id: "trend",
        scores,
        pains,
        scoreSentence: describeScoreChange("weekly score", scoreChange(scores)),
        painSentence: describeScoreChange("weekly pain", scoreChange(pains)),
        journal: {
          days: journalInRange.length,
          meanPain: meanPain === null ? null : round1(meanPain),
          meanWorstPain: meanWorst === null ? null : round1(meanWorst),
        },
      };
    },
    abilities: () => ({
      id: "abilities",
      activities: (progress?.activities ?? []).map((a) => {
        const readings = a.ratings
          .filter((r) => inRange(r.ratedOn, options))
          .map((r) => ({ date: r.ratedOn, value: r.rating }));
        return {
          name: a.name,
          readings,
          sentence: describeActivityChange(a.name, activityChange(readings)),
        };
      }),
    }),
    flares: () => ({
      id: "flares",
      episodes: flareEpisodes(journal, {
        from: options.from,
        to: options.to,
        declaredOn: program?.plan?.flareDeclaredOn ?? null,
      }),
      journalDays: journalInRange.length,
    }),
    sessions: () => ({
      id: "sessions",
      hasPlan: program?.plan != null,
      summary: sessionsSummary(program?.sessions ?? [], {
        from: options.from,
        to: options.to,
        planStartedOn: program?.plan?.startedOn ?? null,
      }),
    }),
    helpsHurts: () => ({ id: "helpsHurts", table: activitiesTable(journal, window) }),
    sleepStress: () => ({
      id: "sleepStress",
      sleep: sleepVsPain(journal, window),
      stress: stressVsPain(journal, window),
    }),
    notes: () => ({
      id: "notes",
      notes: {
        whatChanged: saved.notes.whatChanged,
        mainConcern: saved.notes.mainConcern,
        questions: saved.notes.questions,
      },
      savedOn: saved.notes.updatedAt ? isoDateOf(saved.notes.updatedAt) : null,
    }),
  };

  return {
    options,
    days,
    memberName: saved.memberName,
    generatedOn: isoDateOf(new Date()),
    sections: options.sections.map((id) => build[id]()),
  };
}

/** The latest quiz result in a few lines: as its own version's rules show it, flags included. */
function packQuiz(stored: NonNullable<Awaited<ReturnType<typeof getLatestAssessmentDetail>>>) {
  const displayed = displayedResult(stored);
  const { result } = displayed;
  const redFlags =
    displayed.version === 2
      ? displayed.result.redFlags.map((key) => RED_FLAGS[key].brief)
      : displayed.result.redFlags.map((key) => RED_FLAG_COPY[key]);
  return {
    takenOn: isoDateOf(stored.createdAt),
    outcome: OUTCOME_COPY[result.outcome].title,
    typeLabel: result.type ? RESULT_TYPE_LABELS[result.type] : null,
    typeInPlainWords: result.type ? RESULT_IN_PLAIN_WORDS[result.type].headline : null,
    runnerUpLabel: result.runnerUp ? RESULT_TYPE_LABELS[result.runnerUp] : null,
    redFlags,
    softFlags: result.softFlags.map((flag) => SOFT_FLAG_BRIEF[flag]),
  } satisfies PackQuiz;
}
