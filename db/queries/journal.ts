import "server-only";
import { and, desc, eq, gte, lte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { journalEntries } from "@/db/schema";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { JournalDay } from "@/lib/journal/types";
import type { JournalEntryValues } from "@/lib/journal/validation";
import { isUuid } from "@/lib/ids";

// Every read and write of the journal. Each statement carries the member's id in its WHERE
// clause (or in the row it inserts), so another member's entry id simply matches nothing.

/** A journal day as the pages and forms use it: the pure JournalDay plus its row id. */
export type JournalEntryView = JournalDay & { id: string };

const viewColumns = {
  id: journalEntries.id,
  date: journalEntries.entryDate,
  pain: journalEntries.pain,
  worstPain: journalEntries.worstPain,
  sleepHours: journalEntries.sleepHours,
  sleepQuality: journalEntries.sleepQuality,
  stress: journalEntries.stress,
  mood: journalEntries.mood,
  activeMinutes: journalEntries.activeMinutes,
  activities: journalEntries.activities,
  food: journalEntries.food,
  notes: journalEntries.notes,
};

function columnsOf(values: JournalEntryValues) {
  return {
    entryDate: values.date,
    pain: values.pain,
    worstPain: values.worstPain,
    sleepHours: values.sleepHours,
    sleepQuality: values.sleepQuality,
    stress: values.stress,
    mood: values.mood,
    activeMinutes: values.activeMinutes,
    activities: [...values.activities],
    food: values.food,
    notes: values.notes,
  };
}

/**
 * Saves the member's entry for `values.date`: a new day inserts, a day they already logged is
 * updated in place (the unique (user_id, entry_date) index makes a duplicate impossible even
 * when two tabs save at once).
 */
export async function upsertJournalEntry({
  userId,
  values,
}: {
  userId: string;
  values: JournalEntryValues;
}): Promise<{ id: string; created: boolean }> {
  const db = await getDb();
  const columns = columnsOf(values);
  const { entryDate: _date, ...changes } = columns;
  const [row] = await db
    .insert(journalEntries)
    .values({ userId, ...columns })
    .onConflictDoUpdate({
      target: [journalEntries.userId, journalEntries.entryDate],
      set: { ...changes, updatedAt: new Date() },
    })
    // xmax is 0 only on a freshly inserted row version: how Postgres tells insert from update.
    .returning({ id: journalEntries.id, created: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error("journal upsert returned no row");
  return { id: row.id, created: Boolean(row.created) };
}

export type UpdateJournalResult = "updated" | "not-found" | "date-taken";

/** Edits one of the member's entries by id; moving it onto a day already logged is refused. */
export async function updateJournalEntry({
  userId,
  id,
  values,
}: {
  userId: string;
  id: string;
  values: JournalEntryValues;
}): Promise<UpdateJournalResult> {
  if (!isUuid(id)) return "not-found";
  const db = await getDb();
  try {
    const [row] = await db
      .update(journalEntries)
      .set({ ...columnsOf(values), updatedAt: new Date() })
      .where(and(eq(journalEntries.id, id), eq(journalEntries.userId, userId)))
      .returning({ id: journalEntries.id });
    return row ? "updated" : "not-found";
  } catch (error) {
    if (isUniqueViolation(error)) return "date-taken";
    throw error;
  }
}

/** Deletes one of the member's entries; false when the id is not theirs (nothing changes). */
export async function deleteJournalEntry({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<boolean> {
  if (!isUuid(id)) return false;
  const db = await getDb();
  const rows = await db
    .delete(journalEntries)
    .where(and(eq(journalEntries.id, id), eq(journalEntries.userId, userId)))
    .returning({ id: journalEntries.id });
  return rows.length > 0;
}

/** The member's entries newest first, one page at a time (one extra row says "there is more"). */
export async function getJournalEntries({
  userId,
  limit,
  offset = 0,
}: {
  userId: string;
  limit: number;
  offset?: number;
}): Promise<{ entries: JournalEntryView[]; hasMore: boolean }> {
  const db = await getDb();
  const rows = await db
    .select(viewColumns)
    .from(journalEntries)
    .where(eq(journalEntries.userId, userId))
    .orderBy(desc(journalEntries.entryDate))
    .limit(limit + 1)
    .offset(offset);
  return { entries: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The member's entry for one day, or null. */
export async function getJournalEntryByDate({
  userId,
  date,
}: {
  userId: string;
  date: IsoDate;
}): Promise<JournalEntryView | null> {
  const db = await getDb();
  const [row] = await db
    .select(viewColumns)
    .from(journalEntries)
    .where(and(eq(journalEntries.userId, userId), eq(journalEntries.entryDate, date)))
    .limit(1);
  return row ?? null;
}

/** The member's entries from `from` to `to` inclusive, oldest first (what the insights read). */
export async function getJournalDays({
  userId,
  from,
  to,
}: {
  userId: string;
  from: IsoDate;
  to: IsoDate;
}): Promise<JournalEntryView[]> {
  const db = await getDb();
  return db
    .select(viewColumns)
    .from(journalEntries)
    .where(
      and(
        eq(journalEntries.userId, userId),
        gte(journalEntries.entryDate, from),
        lte(journalEntries.entryDate, to),
      ),
    )
    .orderBy(journalEntries.entryDate);
}

/**
 * Recent entries plus the date of every entry ever, in one round trip: the dashboard needs
 * full days for its chart and flare-up check but only dates for the streaks.
 */
export async function getRecentJournalWithAllDates({
  userId,
  from,
  to,
}: {
  userId: string;
  from: IsoDate;
  to: IsoDate;
}): Promise<{ recent: JournalEntryView[]; allDates: IsoDate[] }> {
  const db = await getDb();
  const rows = await db
    .select({
      ...viewColumns,
      // Every date the member logged, on the first row only (a lone null row when nothing is
      // recent) so both answers come back in one statement. One comma-separated string, not an
      // array on every row: parsing six months of dates per row was a tenth of the dashboard's CPU.
      allDates: sql<
        string | null
      >`case when row_number() over (order by ${journalEntries.entryDate}) = 1 then (select string_agg(${journalEntries.entryDate}::text, ',' order by ${journalEntries.entryDate}) from ${journalEntries} where ${journalEntries.userId} = ${userId}) end`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(
      journalEntries,
      and(
        eq(journalEntries.userId, userId),
        gte(journalEntries.entryDate, from),
        lte(journalEntries.entryDate, to),
      ),
    )
    .orderBy(journalEntries.entryDate);
  const allDates = rows[0]?.allDates?.split(",") ?? [];
  const recent: JournalEntryView[] = [];
  for (const { allDates: _dates, ...row } of rows) {
    if (row.id === null || row.date === null || row.pain === null || row.worstPain === null)
      continue;
    recent.push({
      ...row,
      id: row.id,
      date: row.date,
      pain: row.pain,
      worstPain: row.worstPain,
      activities: row.activities ?? [],
    });
  }
  return { recent, allDates };
}

function isUniqueViolation(error: unknown): boolean {
  // drizzle wraps driver errors; pg and PGlite both carry SQLSTATE 23505 on the original.
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as Error & { code?: unknown }).code === "23505") return true;
  }
  return false;
}
