import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { activityRatings, progressActivities, weeklyCheckIns } from "@/db/schema";
import type { IsoDate } from "@/lib/dates/iso-date";
import { MAX_ACTIVE_ACTIVITIES } from "@/lib/progress/activities";
import { isoWeekStart, weeklyScore, type CheckInRatings } from "@/lib/progress/check-in";
import { isUuid } from "@/lib/ids";

// Every read and write of /progress (docs/product.md §9). Each statement carries the member's
// id in its WHERE clause (or in the row it inserts), so another member's activity id simply
// matches nothing, exactly as in the journal's queries.

export type CheckInView = CheckInRatings & { id: string; weekStart: IsoDate; checkedOn: IsoDate };
export type ActivityView = {
  id: string;
  name: string;
  /** Oldest first. */
  ratings: { ratedOn: IsoDate; rating: number }[];
};

/**
 * Saves the member's check-in for the ISO week holding `today`: the first save of a week
 * inserts, a second one edits it (the unique (user_id, week_start) index makes a duplicate
 * impossible even when two tabs save at once).
 */
export async function upsertWeeklyCheckIn({
  userId,
  today,
  values,
}: {
  userId: string;
  today: IsoDate;
  values: CheckInRatings;
}): Promise<{ created: boolean }> {
  const db = await getDb();
  const ratings = { pain: values.pain, enjoyment: values.enjoyment, activity: values.activity };
  const [row] = await db
    .insert(weeklyCheckIns)
    .values({ userId, weekStart: isoWeekStart(today), checkedOn: today, ...ratings })
    .onConflictDoUpdate({
      target: [weeklyCheckIns.userId, weeklyCheckIns.weekStart],
      set: { ...ratings, checkedOn: today, updatedAt: new Date() },
    })
    // xmax is 0 only on a freshly inserted row version: how Postgres tells insert from update.
    .returning({ created: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error("check-in upsert returned no row");
  return { created: Boolean(row.created) };
}

/** Everything /progress shows: check-ins oldest first, and the active activities with their ratings. */
export async function getProgress({ userId }: { userId: string }): Promise<{
  checkIns: CheckInView[];
  activities: ActivityView[];
}> {
  const db = await getDb();
  const [checkIns, rows] = await Promise.all([
    db
      .select({
        id: weeklyCheckIns.id,
        weekStart: weeklyCheckIns.weekStart,
        checkedOn: weeklyCheckIns.checkedOn,
        pain: weeklyCheckIns.pain,
        enjoyment: weeklyCheckIns.enjoyment,
        activity: weeklyCheckIns.activity,
      })
      .from(weeklyCheckIns)
      .where(eq(weeklyCheckIns.userId, userId))
      .orderBy(asc(weeklyCheckIns.weekStart)),
    db
      .select({
        id: progressActivities.id,
        name: progressActivities.name,
        ratedOn: activityRatings.ratedOn,
        rating: activityRatings.rating,
      })
      .from(progressActivities)
      .leftJoin(
        activityRatings,
        and(
          eq(activityRatings.activityId, progressActivities.id),
          eq(activityRatings.userId, userId),
        ),
      )
      .where(and(eq(progressActivities.userId, userId), isNull(progressActivities.archivedAt)))
      .orderBy(asc(progressActivities.createdAt), asc(activityRatings.ratedOn)),
  ]);
  const activities = new Map<string, ActivityView>();
  for (const row of rows) {
    let activity = activities.get(row.id);
    if (!activity) {
      activity = { id: row.id, name: row.name, ratings: [] };
      activities.set(row.id, activity);
    }
    if (row.ratedOn !== null && row.rating !== null)
      activity.ratings.push({ ratedOn: row.ratedOn, rating: row.rating });
  }
  return { checkIns, activities: [...activities.values()] };
}

/**
 * What the dashboard and the four-week check need, in one statement: the member's last
 * check-in date, the last rating date of each active activity (null for one never rated), and
 * their check-ins saved on or after `from`.
 */
export async function getProgressSummary({
  userId,
  from,
}: {
  userId: string;
  from: IsoDate;
}): Promise<{
  lastCheckedOn: IsoDate | null;
  lastRatedOn: (IsoDate | null)[];
  recentCheckIns: { date: IsoDate; score: number }[];
  /** The course lessons the member has done (docs/product.md §11), for the next-lesson card. */
  lessonsDone: string[];
}> {
  const db = await getDb();
  const { rows } = await db.execute<{
    last_checked_on: string | null;
    last_rated_on: string;
    recent: string;
    lessons_done: string;
  }>(sql`
    select
      (select max(checked_on)::text from weekly_check_ins where user_id = ${userId})
        as last_checked_on,
      coalesce((
        select json_agg(last_rated)::text from (
          select max(r.rated_on)::text as last_rated
          from progress_activities a
          left join activity_ratings r on r.activity_id = a.id and r.user_id = ${userId}
          where a.user_id = ${userId} and a.archived_at is null
          group by a.id
        ) per_activity
      ), '[]') as last_rated_on,
      coalesce((
        select json_agg(json_build_array(checked_on::text, pain, enjoyment, activity))::text
        from weekly_check_ins where user_id = ${userId} and checked_on >= ${from}
      ), '[]') as recent,
      coalesce((
        select json_agg(lesson_id)::text from lesson_progress where user_id = ${userId}
      ), '[]') as lessons_done`);
  const row = rows[0];
  if (!row) return { lastCheckedOn: null, lastRatedOn: [], recentCheckIns: [], lessonsDone: [] };
  const recent = JSON.parse(row.recent) as [IsoDate, number, number, number][];
  return {
    lastCheckedOn: row.last_checked_on,
    lastRatedOn: JSON.parse(row.last_rated_on) as (IsoDate | null)[],
    recentCheckIns: recent.map(([date, pain, enjoyment, activity]) => ({
      date,
      score: weeklyScore({ pain, enjoyment, activity }),
    })),
    lessonsDone: JSON.parse(row.lessons_done) as string[],
  };
}

/**
 * Adds an activity with its first rating, in one statement, unless the member already has
 * five active ones ("limit"). Archived activities do not count.
 */
export async function addActivity({
  userId,
  name,
  rating,
  today,
}: {
  userId: string;
  name: string;
  rating: number;
  today: IsoDate;
}): Promise<"added" | "limit"> {
  const db = await getDb();
  const { rows } = await db.execute<{ id: string }>(sql`
    with added as (
      insert into progress_activities (user_id, name)
      select ${userId}, ${name}
      where (
        select count(*) from progress_activities
        where user_id = ${userId} and archived_at is null
      ) < ${MAX_ACTIVE_ACTIVITIES}
      returning id
    )
    insert into activity_ratings (user_id, activity_id, rated_on, rating)
    select ${userId}, id, ${today}, ${rating} from added
    returning activity_id::text as id`);
  return rows.length > 0 ? "added" : "limit";
}

/**
 * Rates one of the member's active activities for `today`; rating it again the same day edits
 * that rating. False when the id is not theirs (or archived): nothing is written.
 */
export async function rateActivity({
  userId,
  activityId,
  rating,
  today,
}: {
  userId: string;
  activityId: string;
  rating: number;
  today: IsoDate;
}): Promise<boolean> {
  if (!isUuid(activityId)) return false;
  const db = await getDb();
  const { rows } = await db.execute<{ id: string }>(sql`
    insert into activity_ratings (user_id, activity_id, rated_on, rating)
    select ${userId}, id, ${today}, ${rating} from progress_activities
    where id = ${activityId} and user_id = ${userId} and archived_at is null
    on conflict (activity_id, rated_on)
      do update set rating = excluded.rating, updated_at = now()
    returning id::text as id`);
  return rows.length > 0;
}

/** Renames one of the member's active activities; its ratings stay with it. */
export async function renameActivity({
  userId,
  activityId,
  name,
}: {
  userId: string;
  activityId: string;
  name: string;
}): Promise<boolean> {
  if (!isUuid(activityId)) return false;
  const db = await getDb();
  const rows = await db
    .update(progressActivities)
    .set({ name, updatedAt: new Date() })
    .where(ownActiveActivity(userId, activityId))
    .returning({ id: progressActivities.id });
  return rows.length > 0;
}

/** The member's own activity, and only while it is active: what rename and archive may touch. */
function ownActiveActivity(userId: string, activityId: string) {
  return and(
    eq(progressActivities.id, activityId),
    eq(progressActivities.userId, userId),
    isNull(progressActivities.archivedAt),
  );
}

/** Archives one of the member's activities: hidden from /progress, its history kept. */
export async function archiveActivity({
  userId,
  activityId,
}: {
  userId: string;
  activityId: string;
}): Promise<boolean> {
  if (!isUuid(activityId)) return false;
  const db = await getDb();
  const rows = await db
    .update(progressActivities)
    .set({ archivedAt: new Date(), updatedAt: new Date() })
    .where(ownActiveActivity(userId, activityId))
    .returning({ id: progressActivities.id });
  return rows.length > 0;
}
