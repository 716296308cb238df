import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database } from "@/db";
import { exerciseDoseLevels } from "@/db/schema";
import {
  type DoseLevel,
  type DoseRating,
  isAdjustable,
  nextDoseLevel,
} from "@/lib/program/dose-adaptation";
import { getExercise } from "@/lib/program/exercises";
import { type Phase, PHASES } from "@/lib/program/types";

// Where each exercise's dose stands for a member (lib/program/dose-adaptation.ts). Moved by
// logSession, in the transaction that stores the session whose ratings move it; cleared by a
// phase change or a new plan, in the transaction that makes it.

/** The database or, in practice, the open transaction of the write that moves the levels. */
type Writer = Pick<Database, "insert" | "select" | "update" | "delete">;

/** The member's stored levels, by exercise id. */
export async function getDoseLevels({
  userId,
}: {
  userId: string;
}): Promise<Record<string, DoseLevel>> {
  const db = await getDb();
  const rows = await db
    .select({
      exerciseId: exerciseDoseLevels.exerciseId,
      phase: exerciseDoseLevels.phase,
      level: exerciseDoseLevels.level,
      easyStreak: exerciseDoseLevels.easyStreak,
    })
    .from(exerciseDoseLevels)
    .where(eq(exerciseDoseLevels.userId, userId));
  return levelsByExercise(rows);
}

/**
 * The member's stored levels as one JSON value, so a statement that reads something else (the
 * active plan) can bring them back in the same round trip. It does not refer to the outer row,
 * so Postgres evaluates it once per statement, not once per joined row.
 */
export function doseLevelsJson(userId: string) {
  return sql<unknown>`(select coalesce(json_agg(json_build_object(
    'exerciseId', ${exerciseDoseLevels.exerciseId},
    'phase', ${exerciseDoseLevels.phase},
    'level', ${exerciseDoseLevels.level},
    'easyStreak', ${exerciseDoseLevels.easyStreak})), '[]'::json)
    from ${exerciseDoseLevels} where ${exerciseDoseLevels.userId} = ${userId})`;
}

const StoredLevels = z.array(
  z.object({
    exerciseId: z.string(),
    phase: z.number().int(),
    level: z.number().int(),
    easyStreak: z.number().int(),
  }),
);

/** What doseLevelsJson read, by exercise id; a driver that hands JSON back as text is parsed. */
export function doseLevelsByExercise(value: unknown): Record<string, DoseLevel> {
  return levelsByExercise(
    StoredLevels.parse(typeof value === "string" ? JSON.parse(value) : (value ?? [])),
  );
}

function levelsByExercise(rows: z.infer<typeof StoredLevels>): Record<string, DoseLevel> {
  const levels: Record<string, DoseLevel> = {};
  for (const row of rows) {
    const stored = asDoseLevel(row);
    if (stored) levels[row.exerciseId] = stored;
  }
  return levels;
}

/**
 * Moves the member's level for each rated exercise that adapts (daily habits and carries do
 * not). The rows are made first and then locked, so two sessions saved at once, each rating the
 * same exercise, apply one after the other instead of one overwriting the other.
 */
export async function applyDoseRatings(
  tx: Writer,
  {
    userId,
    phase,
    ratings,
  }: { userId: string; phase: Phase; ratings: Readonly<Record<string, DoseRating>> },
): Promise<void> {
  // Sorted, so concurrent saves lock rows in the same order and cannot deadlock each other.
  const ids = Object.keys(ratings)
    .filter((id) => {
      const exercise = getExercise(id);
      return exercise !== undefined && isAdjustable(exercise);
    })
    .sort();
  if (!ids.length) return;
  await tx
    .insert(exerciseDoseLevels)
    .values(ids.map((exerciseId) => ({ userId, exerciseId, phase })))
    .onConflictDoNothing();
  const rows = await tx
    .select({
      exerciseId: exerciseDoseLevels.exerciseId,
      phase: exerciseDoseLevels.phase,
      level: exerciseDoseLevels.level,
      easyStreak: exerciseDoseLevels.easyStreak,
    })
    .from(exerciseDoseLevels)
    .where(and(eq(exerciseDoseLevels.userId, userId), inArray(exerciseDoseLevels.exerciseId, ids)))
    .orderBy(asc(exerciseDoseLevels.exerciseId))
    .for("update");
  for (const row of rows) {
    const exercise = getExercise(row.exerciseId);
    const rating = ratings[row.exerciseId];
    if (!exercise || !rating) continue;
    const next = nextDoseLevel(exercise, asDoseLevel(row), rating, phase);
    await tx
      .update(exerciseDoseLevels)
      .set({ phase: next.phase, level: next.level, easyStreak: next.easyStreak })
      .where(
        and(
          eq(exerciseDoseLevels.userId, userId),
          eq(exerciseDoseLevels.exerciseId, row.exerciseId),
        ),
      );
  }
}

/**
 * A new phase (either way) or a new plan starts every dose from the plan's again. The stored
 * phase already makes an old level count as none; clearing them also keeps a level earned
 * before a step back from returning with the member to that phase, after a flare-up say.
 */
export async function clearDoseLevels(tx: Writer, { userId }: { userId: string }): Promise<void> {
  await tx.delete(exerciseDoseLevels).where(eq(exerciseDoseLevels.userId, userId));
}

/** A stored row as the rule reads it; a phase outside 1–3 (the check forbids it) counts as none. */
function asDoseLevel(row: { phase: number; level: number; easyStreak: number }) {
  const phase = PHASES.find((p) => p === row.phase);
  return phase ? { phase, level: row.level, easyStreak: row.easyStreak } : undefined;
}
