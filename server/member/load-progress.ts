import "server-only";
import { getJournalDays } from "@/db/queries/journal";
import { getProgress } from "@/db/queries/progress";
import { addDays, type IsoDate } from "@/lib/dates/iso-date";
import { FOUR_WEEK_LOOKBACK_DAYS, fourWeekCheck } from "@/lib/journal/insights";
import { promptsClinician } from "@/lib/journal/four-week-words";
import { activitiesDue, MAX_ACTIVE_ACTIVITIES } from "@/lib/progress/activities";
import { checkInDue, isoWeekStart, weeklyScore } from "@/lib/progress/check-in";
import {
  activityChange,
  describeActivityChange,
  describeScoreChange,
  scoreChange,
} from "@/lib/progress/meaningful-change";

/**
 * Everything /progress shows, in three parallel round trips: the check-ins, the active
 * activities with their ratings (one join), and the last four weeks of the journal, which the
 * four-week check needs to say whether a rise should come with the see-a-professional prompt.
 */
export async function loadProgress({ userId, today }: { userId: string; today: IsoDate }) {
  const [{ checkIns, activities }, journal] = await Promise.all([
    getProgress({ userId }),
    getJournalDays({ userId, from: addDays(today, -FOUR_WEEK_LOOKBACK_DAYS), to: today }),
  ]);
  const scored = checkIns.map((c) => ({ ...c, score: weeklyScore(c) }));
  const scores = scored.map((c) => ({ date: c.checkedOn, value: c.score }));
  const pains = scored.map((c) => ({ date: c.checkedOn, value: c.pain }));
  const score = scoreChange(scores);
  const pain = scoreChange(pains);
  const thisWeek = scored.find((c) => c.weekStart === isoWeekStart(today)) ?? null;
  const lastCheckedOn = scored.at(-1)?.checkedOn ?? null;
  const fourWeek = fourWeekCheck(journal, {
    today,
    checkIns: scored.map((c) => ({ date: c.checkedOn, score: c.score })),
  });

  return {
    today,
    checkIns: scored,
    thisWeek,
    checkInDue: checkInDue({ lastCheckedOn, today }),
    scores,
    pains,
    scoreSentence: describeScoreChange("weekly score", score),
    painSentence: describeScoreChange("weekly pain", pain),
    /** A meaningful rise only: the kind words, and the warning signs when the check would prompt. */
    rose:
      (score.status === "ok" && score.meaningful && score.change > 0) ||
      (pain.status === "ok" && pain.meaningful && pain.change > 0),
    clinicianPrompt: fourWeek.status === "ok" && promptsClinician(fourWeek.verdict),
    activities: activities.map((a) => {
      const readings = a.ratings.map((r) => ({ date: r.ratedOn, value: r.rating }));
      return {
        ...a,
        readings,
        latest: a.ratings.at(-1) ?? null,
        sentence: describeActivityChange(a.name, activityChange(readings)),
      };
    }),
    activitiesDue: activitiesDue({
      lastRatedOn: activities.map((a) => a.ratings.at(-1)?.ratedOn ?? null),
      today,
    }),
    canAddActivity: activities.length < MAX_ACTIVE_ACTIVITIES,
  };
}
