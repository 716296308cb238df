import "server-only";
import { and, asc, eq, gte, lte, min } from "drizzle-orm";
import { getDb } from "@/db";
import { exerciseSessions, programEnrollments, users, visitPackNotes } from "@/db/schema";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { VisitPackNotes } from "@/lib/progress/visit-pack-notes";
import type { SavedVisitPackChoice } from "@/lib/progress/visit-pack-query";
import type { VisitPackOptions } from "@/lib/progress/visit-pack-options";

// The visit pack's reads and its one write (docs/product.md §9). As everywhere in db/queries,
// the member's id is in each statement's WHERE clause or in the row it writes: one member's
// notes are a row keyed by their own id, so no id from a request can reach another's.

export type SavedVisitPack = {
  memberName: string | null;
  notes: VisitPackNotes & { updatedAt: Date | null };
  choice: SavedVisitPackChoice | null;
};

/** The member's name and their saved notes and last choice (one statement, a left join). */
export async function getSavedVisitPack({ userId }: { userId: string }): Promise<SavedVisitPack> {
  const db = await getDb();
  const [row] = await db
    .select({
      name: users.name,
      whatChanged: visitPackNotes.whatChanged,
      mainConcern: visitPackNotes.mainConcern,
      questions: visitPackNotes.questions,
      rangeDays: visitPackNotes.rangeDays,
      rangeFrom: visitPackNotes.rangeFrom,
      rangeTo: visitPackNotes.rangeTo,
      sections: visitPackNotes.sections,
      updatedAt: visitPackNotes.updatedAt,
    })
    .from(users)
    .leftJoin(visitPackNotes, eq(visitPackNotes.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) {
    return {
      memberName: null,
      notes: { whatChanged: null, mainConcern: null, questions: null, updatedAt: null },
      choice: null,
    };
  }
  const saved = row.updatedAt !== null;
  return {
    memberName: row.name,
    notes: {
      whatChanged: row.whatChanged,
      mainConcern: row.mainConcern,
      questions: row.questions,
      updatedAt: row.updatedAt,
    },
    choice: saved
      ? { rangeDays: row.rangeDays, from: row.rangeFrom, to: row.rangeTo, sections: row.sections }
      : null,
  };
}

/**
 * Saves the member's notes with the range and sections they were looking at: the first save
 * inserts their one row, every later one edits it (the primary key on user_id makes a second
 * row impossible even when two tabs save at once).
 */
export async function saveVisitPackNotes({
  userId,
  notes,
  options,
  rangeDays,
}: {
  userId: string;
  notes: VisitPackNotes;
  options: VisitPackOptions;
  rangeDays: number | null;
}): Promise<void> {
  const db = await getDb();
  const values = {
    ...notes,
    rangeDays,
    rangeFrom: options.from,
    rangeTo: options.to,
    sections: [...options.sections],
  };
  await db
    .insert(visitPackNotes)
    .values({ userId, ...values })
    .onConflictDoUpdate({
      target: visitPackNotes.userId,
      set: { ...values, updatedAt: new Date() },
    });
}

/** The member's logged sessions in the range (any plan), and when their current plan began. */
export async function getSessionsForPack({
  userId,
  from,
  to,
}: {
  userId: string;
  from: IsoDate;
  to: IsoDate;
}): Promise<{
  sessions: { date: IsoDate; painBefore: number; painAfter: number }[];
  plan: { startedOn: IsoDate; flareDeclaredOn: IsoDate | null } | null;
}> {
  const db = await getDb();
  const [sessions, plans, [first]] = await Promise.all([
    db
      .select({
        date: exerciseSessions.performedOn,
        painBefore: exerciseSessions.painBefore,
        painAfter: exerciseSessions.painAfter,
      })
      .from(exerciseSessions)
      .where(
        and(
          eq(exerciseSessions.userId, userId),
          gte(exerciseSessions.performedOn, from),
          lte(exerciseSessions.performedOn, to),
        ),
      )
      .orderBy(asc(exerciseSessions.performedOn)),
    db
      .select({
        createdAt: programEnrollments.createdAt,
        flareDeclaredOn: programEnrollments.flareDeclaredOn,
      })
      .from(programEnrollments)
      .where(and(eq(programEnrollments.userId, userId), eq(programEnrollments.status, "active")))
      .limit(1),
    db
      .select({ date: min(exerciseSessions.performedOn) })
      .from(exerciseSessions)
      .where(eq(exerciseSessions.userId, userId)),
  ]);
  const plan = plans[0];
  // A plan offers a session from the day it began, or from the first session logged, when that
  // is earlier (an older plan the member moved on from).
  const began = plan ? plan.createdAt.toISOString().slice(0, 10) : null;
  const firstSession = first?.date ?? null;
  return {
    sessions,
    plan: plan
      ? {
          startedOn: firstSession && began && firstSession < began ? firstSession : began!,
          flareDeclaredOn: plan.flareDeclaredOn,
        }
      : null,
  };
}
