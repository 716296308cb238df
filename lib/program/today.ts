import type { Circumstance } from "@/lib/quiz/circumstances";
import { adaptPlan } from "./circumstances";
import { dayNumber, isIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import { exerciseById } from "./exercises";
import { getPlan } from "./plans";
import type { Phase, PlanType } from "./types";

/**
 * How many session exercises a day's session holds on top of the daily habits. Phase 1 is
 * kept short on purpose: settling a sore back is about frequent gentle movement, not volume.
 */
export const ROTATING_PER_SESSION: Readonly<Record<Phase, number>> = { 1: 2, 2: 4, 3: 5 };

export type LoggedSession = { date: IsoDate; exerciseIds: readonly string[] };

export type TodaysSessionInput = {
  type: PlanType;
  phase: Phase;
  date: IsoDate;
  recentSessions: readonly LoggedSession[];
  /** From the member's latest quiz: swaps exercises that don't suit them (circumstances.ts). */
  circumstances?: readonly Circumstance[];
};

export type TodaysSession = {
  date: IsoDate;
  type: PlanType;
  phase: Phase;
  /** Everything for today: the daily habits first, then the rotating exercises. */
  exerciseIds: readonly string[];
  /** Through-the-day habits (walking in phase 1, sitting breaks…); the same every day. */
  dailyIds: readonly string[];
  /** The session exercises picked for today, in the plan's gentle-to-demanding order. */
  rotatingIds: readonly string[];
};

type Candidate = { id: string; lastDone: number | null; turn: number };

/**
 * Today's session for a member.
 *
 * Session exercises are picked least-recently-done first, using logged sessions dated before
 * `date` (a session logged today must not reshuffle the list the member is working through).
 * Ties, including the no-history case, go to a rotation keyed on the calendar day, so even a
 * member who logs nothing sees consecutive days differ and works through the whole phase.
 * The result depends only on the input, never on the clock or the order of `recentSessions`.
 */
export function todaysSession(input: TodaysSessionInput): TodaysSession {
  const { type, phase, date } = input;
  const plan = adaptPlan(getPlan(type, phase), input.circumstances ?? []).plan;
  const dailyIds = plan.exerciseIds.filter((id) => exerciseById(id).rhythm === "daily");
  const pool = plan.exerciseIds.filter((id) => exerciseById(id).rhythm === "session");

  const today = dayNumber(date);
  // When each exercise was last and first done, from sessions dated before today.
  const lastDone = new Map<string, number>();
  const firstDone = new Map<string, number>();
  for (const session of input.recentSessions) {
    if (!isIsoDate(session.date)) continue;
    const day = dayNumber(session.date);
    if (day >= today) continue;
    for (const id of session.exerciseIds) {
      if (day > (lastDone.get(id) ?? -Infinity)) lastDone.set(id, day);
      if (day < (firstDone.get(id) ?? Infinity)) firstDone.set(id, day);
    }
  }

  const count = Math.min(ROTATING_PER_SESSION[phase], pool.length);
  // Advancing the start by `count` each day walks through the pool in blocks, so with no
  // history every exercise comes round once per ceil(pool / count) days.
  const start = pool.length === 0 ? 0 : modulo(today * count, pool.length);
  const candidates: Candidate[] = pool.map((id, index) => ({
    id,
    lastDone: lastDone.get(id) ?? null,
    turn: modulo(index - start, pool.length),
  }));
  candidates.sort(byLeastRecentThenTurn);
  const chosen = new Set(
    pickWithinNewLimit(candidates, count, newOneAtATimeAllowed(pool, firstDone, today)),
  );
  const rotatingIds = pool.filter((id) => chosen.has(id));

  return {
    date,
    type,
    phase,
    exerciseIds: [...dailyIds, ...rotatingIds],
    dailyIds,
    rotatingIds,
  };
}

/**
 * Loaded lifts and carries, and the movements a type was told to go easy on, come in one at a
 * time (docs/product.md §4): one the member has never logged may join today's session only if
 * no other came in during the 6 days before today, so a new phase 3 never opens with four new
 * loaded exercises and the back has a week to answer each one.
 */
export const NEW_EXERCISE_SPACING_DAYS = 7;

function newOneAtATimeAllowed(
  pool: readonly string[],
  firstDone: ReadonlyMap<string, number>,
  today: number,
): number {
  const lastIntroduced = Math.max(
    -Infinity,
    ...pool
      .filter((id) => exerciseById(id).introducedOneAtATime)
      .map((id) => firstDone.get(id) ?? -Infinity),
  );
  return today - lastIntroduced >= NEW_EXERCISE_SPACING_DAYS ? 1 : 0;
}

/** The first `count` candidates in order, skipping new one-at-a-time exercises past the limit. */
function pickWithinNewLimit(
  candidates: readonly Candidate[],
  count: number,
  newAllowed: number,
): string[] {
  const picked: string[] = [];
  let newLeft = newAllowed;
  for (const candidate of candidates) {
    if (picked.length === count) break;
    const isNew = candidate.lastDone === null && exerciseById(candidate.id).introducedOneAtATime;
    if (isNew) {
      if (newLeft === 0) continue;
      newLeft -= 1;
    }
    picked.push(candidate.id);
  }
  return picked;
}

function byLeastRecentThenTurn(a: Candidate, b: Candidate): number {
  if (a.lastDone !== b.lastDone) {
    if (a.lastDone === null) return -1;
    if (b.lastDone === null) return 1;
    return a.lastDone - b.lastDone;
  }
  return a.turn - b.turn;
}

function modulo(n: number, m: number): number {
  return ((n % m) + m) % m;
}
