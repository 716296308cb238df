import "server-only";
import { and, desc, eq, gte, isNull, lt } from "drizzle-orm";
import { getDb } from "@/db";
import { assessments } from "@/db/schema";
import { assessmentColumns, assessmentColumnsV2 } from "@/db/assessment-columns";
import { QUIZ_V2, type QuizV2Draft } from "@/lib/quiz/v2/model";
import { QuizV2AnswersSchema } from "@/lib/quiz/v2/schema";
import { scoreQuizV2, type QuizV2Result } from "@/lib/quiz/v2/score";
import { writeOnce } from "@/db/write-once";
import { QuizAnswersSchema } from "@/lib/quiz/schema";
import { scoreQuiz } from "@/lib/quiz/score";
import {
  GATE_KEYS,
  QUIZ_VERSION,
  type Category,
  type Outcome,
  type QuizAnswers,
  type QuizResult,
  type ResultType,
  type TypeId,
} from "@/lib/quiz/types";
import { isUuid } from "@/lib/ids";

// Every read and write of quiz results. Member reads carry the user's id in
// the WHERE clause; guest rows (user_id null) are only reachable by id through
// the signed cookie, and are claimed or purged after GUEST_RESULT_DAYS.

/** The privacy page promises unclaimed guest results are deleted after 30 days. */
export const GUEST_RESULT_DAYS = 30;
const DAY_MS = 86_400_000;

export interface AssessmentSummary {
  id: string;
  createdAt: Date;
  quizVersion: number;
  outcome: Outcome;
  resultType: ResultType | null;
  runnerUp: TypeId | null;
  category: Category | null;
  worstPain: number | null;
  scores: Record<string, number>;
}

export interface AssessmentDetail extends AssessmentSummary {
  answers: Record<string, string | number | string[]>;
}

const summaryColumns = {
  id: assessments.id,
  createdAt: assessments.createdAt,
  quizVersion: assessments.quizVersion,
  outcome: assessments.outcome,
  resultType: assessments.resultType,
  runnerUp: assessments.runnerUp,
  category: assessments.category,
  worstPain: assessments.worstPain,
  scores: assessments.scores,
};
const detailColumns = { ...summaryColumns, answers: assessments.answers };

/**
 * Stores a validated answer set with the result the server computes from it.
 * There is deliberately no way to pass a result in: what is stored is always
 * scoreQuiz(answers), never anything a browser sent.
 */
export async function insertAssessment({
  userId,
  answers,
}: {
  userId: string | null;
  answers: QuizAnswers;
}): Promise<{ id: string; result: QuizResult }> {
  const { result, columns } = assessmentColumns(answers);
  return { id: await insertRow(userId, columns), result };
}

/** Stores a validated version-2 answer set with the result the server computes from it. */
export async function insertAssessmentV2({
  userId,
  answers,
}: {
  userId: string | null;
  answers: QuizV2Draft;
}): Promise<{ id: string; result: QuizV2Result }> {
  const { result, columns } = assessmentColumnsV2(answers);
  return { id: await insertRow(userId, columns), result };
}

async function insertRow(
  userId: string | null,
  columns: ReturnType<typeof assessmentColumnsV2>["columns"],
): Promise<string> {
  const db = await getDb();
  const [row] = await writeOnce(db, (tx) =>
    tx
      .insert(assessments)
      .values({ userId, ...columns })
      .returning({ id: assessments.id }),
  );
  if (!row) throw new Error("insert into assessments returned no row");
  return row.id;
}

/** The member's most recent result, or null if they have never taken the quiz. */
export async function getLatestAssessment({
  userId,
}: {
  userId: string;
}): Promise<AssessmentSummary | null> {
  const db = await getDb();
  const [row] = await db
    .select(summaryColumns)
    .from(assessments)
    .where(eq(assessments.userId, userId))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(1);
  return row ?? null;
}

/** Every result of the member's, newest first. */
export async function getAssessments({ userId }: { userId: string }): Promise<AssessmentSummary[]> {
  const db = await getDb();
  return db
    .select(summaryColumns)
    .from(assessments)
    .where(eq(assessments.userId, userId))
    .orderBy(desc(assessments.createdAt), desc(assessments.id));
}

/** One of the member's results; someone else's id (or a malformed one) gives null. */
export async function getAssessment({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<AssessmentDetail | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select(detailColumns)
    .from(assessments)
    .where(and(eq(assessments.id, id), eq(assessments.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** The member's most recent result with its answers (the result page re-scores them). */
export async function getLatestAssessmentDetail({
  userId,
}: {
  userId: string;
}): Promise<AssessmentDetail | null> {
  const db = await getDb();
  const [row] = await db
    .select(detailColumns)
    .from(assessments)
    .where(eq(assessments.userId, userId))
    .orderBy(desc(assessments.createdAt), desc(assessments.id))
    .limit(1);
  return row ?? null;
}

/** An unclaimed guest result by id (the id comes from a verified cookie). */
export async function getGuestAssessment({ id }: { id: string }): Promise<AssessmentDetail | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select(detailColumns)
    .from(assessments)
    .where(and(eq(assessments.id, id), isNull(assessments.userId), guestStillKept()))
    .limit(1);
  return row ?? null;
}

/**
 * Attaches a guest result to the account that just signed up or in. Only an
 * unclaimed row moves, so a replayed cookie cannot take someone else's result.
 */
export async function claimGuestAssessment({
  userId,
  id,
}: {
  userId: string;
  id: string;
}): Promise<boolean> {
  if (!isUuid(id)) return false;
  const db = await getDb();
  const claimed = await db
    .update(assessments)
    .set({ userId })
    .where(and(eq(assessments.id, id), isNull(assessments.userId), guestStillKept()))
    .returning({ id: assessments.id });
  return claimed.length > 0;
}

/** Deletes one unclaimed guest result (a guest retaking the quiz replaces it). */
export async function deleteGuestAssessment({ id }: { id: string }): Promise<boolean> {
  if (!isUuid(id)) return false;
  const db = await getDb();
  const deleted = await db
    .delete(assessments)
    .where(and(eq(assessments.id, id), isNull(assessments.userId)))
    .returning({ id: assessments.id });
  return deleted.length > 0;
}

/** Deletes guest results nobody claimed within GUEST_RESULT_DAYS; returns how many. */
export async function purgeUnclaimedGuestAssessments({
  now = new Date(),
}: { now?: Date } = {}): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(assessments)
    .where(and(isNull(assessments.userId), lt(assessments.createdAt, guestCutoff(now))))
    .returning({ id: assessments.id });
  return deleted.length;
}

/**
 * Scores stored answers again with today's code. Null when the answers do not
 * parse or were given to a quiz version this code cannot score: the stored
 * columns are then the only record, and callers show those.
 */
export function rescoreAssessment(
  stored: Pick<AssessmentDetail, "quizVersion" | "answers">,
): QuizResult | null {
  if (stored.quizVersion !== QUIZ_VERSION) return null;
  const parsed = QuizAnswersSchema.safeParse(stored.answers);
  return parsed.success ? scoreQuiz(parsed.data) : null;
}

/**
 * What the result page shows: the outcome, type and category as stored when
 * the quiz was taken, plus the red and soft flags (not stored as columns),
 * recovered by re-scoring the stored answers.
 */
export function resultForDisplay(stored: AssessmentDetail): QuizResult {
  const rescored = rescoreAssessment(stored);
  const scores = { flexion: 0, extension: 0, instability: 0, load: 0, ...stored.scores };
  return {
    version: QUIZ_VERSION,
    outcome: stored.outcome,
    type: stored.resultType,
    runnerUp: stored.runnerUp,
    scores,
    category: stored.category,
    redFlags: rescored?.redFlags ?? GATE_KEYS.filter((key) => stored.answers[key] === "yes"),
    softFlags: rescored?.softFlags ?? [],
  };
}

function guestCutoff(now: Date): Date {
  return new Date(now.getTime() - GUEST_RESULT_DAYS * DAY_MS);
}

function guestStillKept() {
  // Expired rows may linger until the next purge; they must already be gone
  // as far as anyone reading or claiming them is concerned.
  return gte(assessments.createdAt, guestCutoff(new Date()));
}

/** A stored result as its own version's rules show it. */
export type DisplayedResult =
  { version: 1; result: QuizResult } | { version: 2; result: QuizV2Result };

/**
 * What a result page shows. Version-1 rows: the stored columns plus the flags re-scored by
 * version 1. Version-2 rows: re-scored by version 2 from the stored answers (never rewritten);
 * should they ever fail to parse, the safe side (see someone first) is shown.
 */
export function displayedResult(stored: AssessmentDetail): DisplayedResult {
  if (stored.quizVersion !== QUIZ_V2) return { version: 1, result: resultForDisplay(stored) };
  const parsed = QuizV2AnswersSchema.safeParse(stored.answers);
  return { version: 2, result: scoreQuizV2(parsed.success ? parsed.data : {}) };
}
