import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { exerciseById } from "./exercises";
import { getPlan } from "./plans";
import {
  NEW_EXERCISE_SPACING_DAYS,
  ROTATING_PER_SESSION,
  todaysSession,
  type LoggedSession,
} from "./today";
import { PHASES, PLAN_TYPES } from "./types";

const DAY = "2025-03-10";

describe("todaysSession", () => {
  it("always includes walking in phase 1", () => {
    for (const type of PLAN_TYPES) {
      const session = todaysSession({ type, phase: 1, date: DAY, recentSessions: [] });
      expect(session.exerciseIds).toContain("walk-short-bouts");
      expect(session.dailyIds).toContain("walk-short-bouts");
    }
  });

  it("puts the daily habits first, then the day's rotating exercises", () => {
    const session = todaysSession({ type: "flexion", phase: 2, date: DAY, recentSessions: [] });
    expect(session.exerciseIds).toEqual([...session.dailyIds, ...session.rotatingIds]);
    expect(session.rotatingIds).toHaveLength(ROTATING_PER_SESSION[2]);
  });

  it("only uses exercises from the plan, in the plan's order", () => {
    for (const type of PLAN_TYPES) {
      for (const phase of PHASES) {
        const plan = getPlan(type, phase).exerciseIds;
        const session = todaysSession({ type, phase, date: DAY, recentSessions: [] });
        const positions = session.exerciseIds.map((id) => plan.indexOf(id));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
    }
  });

  it("differs on consecutive days for every plan, even with nothing logged", () => {
    for (const type of PLAN_TYPES) {
      for (const phase of PHASES) {
        for (let i = 0; i < 10; i++) {
          const date = addDays(DAY, i);
          const a = todaysSession({ type, phase, date, recentSessions: [] });
          const b = todaysSession({ type, phase, date: addDays(date, 1), recentSessions: [] });
          expect(b.rotatingIds, `${type} ${phase} ${date}`).not.toEqual(a.rotatingIds);
        }
      }
    }
  });

  it("works through the whole phase within a few days when nothing is logged", () => {
    const plan = getPlan("instability", 2);
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const s = todaysSession({
        type: "instability",
        phase: 2,
        date: addDays(DAY, i),
        recentSessions: [],
      });
      for (const id of s.exerciseIds) seen.add(id);
    }
    expect([...seen].sort()).toEqual([...plan.exerciseIds].sort());
  });

  it("picks what was done least recently first", () => {
    const plan = getPlan("instability", 2);
    const yesterday = todaysSession({
      type: "instability",
      phase: 2,
      date: addDays(DAY, -1),
      recentSessions: [],
    });
    const logged: LoggedSession[] = [
      { date: addDays(DAY, -1), exerciseIds: yesterday.exerciseIds },
    ];
    const today = todaysSession({ type: "load", phase: 2, date: DAY, recentSessions: logged });
    for (const id of today.rotatingIds) expect(yesterday.rotatingIds).not.toContain(id);
    expect(today.rotatingIds.length).toBe(ROTATING_PER_SESSION[2]);
    expect(plan.exerciseIds.length).toBeGreaterThan(ROTATING_PER_SESSION[2] * 2);
  });

  it("prefers exercises never done over ones done long ago", () => {
    const plan = getPlan("extension", 1);
    const pool = todaysSession({ type: "extension", phase: 1, date: DAY, recentSessions: [] });
    const neverDone = plan.exerciseIds.filter((id) => !pool.dailyIds.includes(id)).slice(0, 2);
    const everythingElse = plan.exerciseIds.filter((id) => !neverDone.includes(id));
    const session = todaysSession({
      type: "extension",
      phase: 1,
      date: DAY,
      recentSessions: [{ date: addDays(DAY, -30), exerciseIds: everythingElse }],
    });
    expect(session.rotatingIds).toEqual(neverDone);
  });

  it("ignores sessions logged today or later, so today's list stays put after logging", () => {
    const before = todaysSession({ type: "flexion", phase: 2, date: DAY, recentSessions: [] });
    const after = todaysSession({
      type: "flexion",
      phase: 2,
      date: DAY,
      recentSessions: [
        { date: DAY, exerciseIds: before.exerciseIds },
        { date: addDays(DAY, 3), exerciseIds: before.exerciseIds },
      ],
    });
    expect(after).toEqual(before);
  });

  it("is deterministic and ignores the order of logged sessions", () => {
    const sessionArb = fc.record({
      date: fc.integer({ min: -20, max: -1 }).map((d) => addDays(DAY, d)),
      exerciseIds: fc.subarray([...getPlan("mixed", 2).exerciseIds]),
    });
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 12 }), (sessions) => {
        const input = { type: "mixed" as const, phase: 2 as const, date: DAY };
        const a = todaysSession({ ...input, recentSessions: sessions });
        const b = todaysSession({ ...input, recentSessions: [...sessions].reverse() });
        expect(b).toEqual(a);
        expect(todaysSession({ ...input, recentSessions: sessions })).toEqual(a);
      }),
    );
  });

  describe("brings loaded and graded-return exercises in one at a time", () => {
    const oneAtATime = (ids: readonly string[]) =>
      ids.filter((id) => exerciseById(id).introducedOneAtATime);

    it("never opens phase 3 with more than one of them (flexion, day 0, nothing logged)", () => {
      const plan = getPlan("flexion", 3).exerciseIds;
      expect(oneAtATime(plan).length).toBeGreaterThanOrEqual(4);
      const session = todaysSession({ type: "flexion", phase: 3, date: DAY, recentSessions: [] });
      expect(oneAtATime(session.rotatingIds)).toHaveLength(1);
      expect(session.rotatingIds).toHaveLength(ROTATING_PER_SESSION[3]);
    });

    it("holds for every plan and any first day", () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...PLAN_TYPES),
          fc.constantFrom(...PHASES),
          fc.integer({ min: -400, max: 400 }),
          (type, phase, offset) => {
            const date = addDays(DAY, offset);
            const session = todaysSession({ type, phase, date, recentSessions: [] });
            expect(oneAtATime(session.rotatingIds).length).toBeLessThanOrEqual(1);
          },
        ),
      );
    });

    it("adds no new one until a week after the last one came in", () => {
      const logged: LoggedSession[] = [
        { date: addDays(DAY, -3), exerciseIds: ["deadlift-from-blocks", "curl-up"] },
      ];
      for (let day = 0; day < 12; day++) {
        const date = addDays(DAY, day);
        const session = todaysSession({ type: "flexion", phase: 3, date, recentSessions: logged });
        const fresh = oneAtATime(session.rotatingIds).filter((id) => id !== "deadlift-from-blocks");
        const daysSinceDeadlift = day + 3;
        if (daysSinceDeadlift < NEW_EXERCISE_SPACING_DAYS) expect(fresh, date).toEqual([]);
        else expect(fresh.length, date).toBeLessThanOrEqual(1);
      }
    });

    it("lets a member who logs every session meet one new one a week until all are in", () => {
      const logged: LoggedSession[] = [];
      const firstSeen = new Map<string, number>();
      for (let day = 0; day < 70; day++) {
        const date = addDays(DAY, day);
        const session = todaysSession({ type: "mixed", phase: 3, date, recentSessions: logged });
        for (const id of oneAtATime(session.rotatingIds)) {
          if (!firstSeen.has(id)) firstSeen.set(id, day);
        }
        logged.push({ date, exerciseIds: session.exerciseIds });
      }
      const starts = [...firstSeen.values()].sort((a, b) => a - b);
      expect(starts).toHaveLength(oneAtATime(getPlan("mixed", 3).exerciseIds).length);
      for (let i = 1; i < starts.length; i++) {
        expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(NEW_EXERCISE_SPACING_DAYS);
      }
    });
  });
});
