import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/journal/iso-date";
import { getPlan } from "./plans";
import { ROTATING_PER_SESSION, todaysSession, type LoggedSession } from "./today";
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
    const plan = getPlan("load", 2);
    const yesterday = todaysSession({
      type: "load",
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
});
