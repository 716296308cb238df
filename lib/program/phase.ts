import { addDays, daysBetween, type IsoDate } from "@/lib/dates/iso-date";
import { mean, round1 } from "@/lib/journal/stats";
import { LAST_PHASE, PHASE_NAMES, type Phase } from "./types";

/**
 * When to suggest moving on to the next phase (docs/product.md §4: "after ≥ 2 weeks and ≥ 6
 * sessions in a phase with pain stable or falling; the member decides").
 *
 * - Days in phase: whole calendar days from `phaseStartedOn` to `today`, so a phase started
 *   on the 1st has 14 days on the 15th.
 * - Sessions in phase: logged sessions dated from `phaseStartedOn` to `today` inclusive; two
 *   sessions on one day count twice.
 * - Pain stable or falling: the mean pain-after of the last 3 sessions in the phase is at most
 *   the mean pain-after of the first 3 plus 0.5. Pain after a session reflects both the day's
 *   pain and how the session sat with the back; the 0.5 allowance absorbs the day-to-day noise
 *   of a 0–10 self-rating. With 6 or more sessions the two groups never overlap.
 * - No rise in next-morning pain: the same comparison on the journal's pain for the day after
 *   each session day, over the session days in the phase whose next day was logged. It needs 6
 *   such days; with fewer there is no sign of a rise, so a member who keeps no journal is not
 *   held back by it. Pain straight after a session can look fine while the back answers
 *   overnight, which is the response the pain rule on /program asks members to watch.
 */
export const MIN_DAYS_IN_PHASE = 14;
export const MIN_SESSIONS_IN_PHASE = 6;
export const PAIN_TREND_SESSIONS = 3;
export const PAIN_RISE_ALLOWED = 0.5;

export type PhaseSession = { date: IsoDate; painBefore: number; painAfter: number };

export type PhaseChangeInput = {
  phase: Phase;
  phaseStartedOn: IsoDate;
  today: IsoDate;
  sessions: readonly PhaseSession[];
  /** Journal days (any order); only each day's pain is read, for the next-morning check. */
  journal?: readonly { date: IsoDate; pain: number }[];
};

export type PainDirection =
  | { status: "stable-or-falling"; firstMean: number; lastMean: number }
  | { status: "rising"; firstMean: number; lastMean: number }
  | { status: "too-few-sessions" };

type Progress = {
  daysInPhase: number;
  sessionsInPhase: number;
  pain: PainDirection;
  nextMorningPain: PainDirection;
};

export type PhaseSuggestion =
  | ({ status: "suggest-next"; phase: Phase; nextPhase: Phase; reason: string } & Progress)
  | ({
      status: "not-yet";
      phase: Phase;
      moreDays: number;
      moreSessions: number;
      /** Short plain phrases for what is still missing, e.g. "4 more sessions". */
      missing: readonly string[];
      reason: string;
    } & Progress)
  | ({ status: "last-phase"; phase: Phase; reason: string } & Progress);

export function suggestPhaseChange(input: PhaseChangeInput): PhaseSuggestion {
  const { phase, phaseStartedOn, today } = input;
  const inPhase = input.sessions
    .filter((s) => s.date >= phaseStartedOn && s.date <= today)
    // Array.prototype.sort is stable, so same-day sessions keep the caller's order.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const daysInPhase = Math.max(0, daysBetween(phaseStartedOn, today));
  const sessionsInPhase = inPhase.length;
  const pain = painDirection(inPhase);
  const nextMorningPain = painDirection(nextMornings(inPhase, input.journal ?? []));
  const progress: Progress = { daysInPhase, sessionsInPhase, pain, nextMorningPain };
  const here = `phase ${phase} (${PHASE_NAMES[phase]})`;

  if (phase === LAST_PHASE) {
    return {
      status: "last-phase",
      phase,
      reason: `You're in ${here}, the last phase. Keep building load step by step and keep the habits that got you here.`,
      ...progress,
    };
  }

  const moreDays = Math.max(0, MIN_DAYS_IN_PHASE - daysInPhase);
  const moreSessions = Math.max(0, MIN_SESSIONS_IN_PHASE - sessionsInPhase);
  const missing: string[] = [];
  if (moreDays > 0) missing.push(plural(moreDays, "more day", "more days"));
  if (moreSessions > 0) missing.push(plural(moreSessions, "more session", "more sessions"));

  if (pain.status === "rising") {
    missing.push("pain after sessions to settle");
    return {
      status: "not-yet",
      phase,
      moreDays,
      moreSessions,
      missing,
      reason: `Your pain after sessions has crept up (about ${pain.lastMean} over your last ${PAIN_TREND_SESSIONS} sessions, against ${pain.firstMean} over your first ${PAIN_TREND_SESSIONS}). Stay in ${here} until it settles.`,
      ...progress,
    };
  }

  if (nextMorningPain.status === "rising") {
    missing.push("next-morning pain to settle");
    return {
      status: "not-yet",
      phase,
      moreDays,
      moreSessions,
      missing,
      reason: `Your pain the morning after sessions has crept up (about ${nextMorningPain.lastMean} after your last ${PAIN_TREND_SESSIONS} session days, against ${nextMorningPain.firstMean} after your first ${PAIN_TREND_SESSIONS}). Stay in ${here} until it settles.`,
      ...progress,
    };
  }

  if (missing.length > 0) {
    return {
      status: "not-yet",
      phase,
      moreDays,
      moreSessions,
      missing,
      reason: `Keep going with ${here}: ${joinWords(missing)} to go before moving on is suggested.`,
      ...progress,
    };
  }

  const nextPhase = (phase + 1) as Phase;
  return {
    status: "suggest-next",
    phase,
    nextPhase,
    reason: `You've spent ${daysInPhase} days and ${sessionsInPhase} sessions in ${here}, and your pain after sessions and the next morning is stable or falling. You could move on to phase ${nextPhase} (${PHASE_NAMES[nextPhase]}) when you feel ready.`,
    ...progress,
  };
}

/** Where a flare-up suggests stepping back to: the previous phase, never below phase 1. */
export function previousPhase(phase: Phase): Phase {
  return phase === 1 ? 1 : ((phase - 1) as Phase);
}

/**
 * One entry per session day in the phase whose next day is in the journal, carrying that next
 * day's pain as `painAfter`, so painDirection can compare it like pain after sessions.
 */
function nextMornings(
  sessions: readonly PhaseSession[],
  journal: readonly { date: IsoDate; pain: number }[],
): PhaseSession[] {
  const painOn = new Map(journal.map((day) => [day.date, day.pain]));
  const sessionDays = [...new Set(sessions.map((s) => s.date))];
  return sessionDays.flatMap((date) => {
    const pain = painOn.get(addDays(date, 1));
    return pain === undefined ? [] : [{ date, painBefore: pain, painAfter: pain }];
  });
}

function painDirection(sessions: readonly PhaseSession[]): PainDirection {
  if (sessions.length < MIN_SESSIONS_IN_PHASE) return { status: "too-few-sessions" };
  const first = sessions.slice(0, PAIN_TREND_SESSIONS).map((s) => s.painAfter);
  const last = sessions.slice(-PAIN_TREND_SESSIONS).map((s) => s.painAfter);
  const figures = { firstMean: round1(mean(first) ?? 0), lastMean: round1(mean(last) ?? 0) };
  // Compared as sums, which are exact for whole-number ratings, so a rise of exactly 0.5 is
  // treated as stable rather than falling either side of a floating-point rounding error.
  return sum(last) <= sum(first) + PAIN_RISE_ALLOWED * PAIN_TREND_SESSIONS
    ? { status: "stable-or-falling", ...figures }
    : { status: "rising", ...figures };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1) ?? ""}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
