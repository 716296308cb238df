import { describe, expect, it } from "vitest";
import {
  adjustedDoseFor,
  doseAtLevel,
  type DoseLevel,
  type DoseRating,
  formatDose,
  isAdjustable,
  levelBounds,
  LEVELS_ABOVE,
  LEVELS_BELOW,
  nextDoseLevel,
} from "./dose-adaptation";
import { EXERCISES, exerciseById } from "./exercises";
import type { Dose, Exercise, Phase } from "./types";

const catCamel = exerciseById("cat-camel"); // 8 reps
const kneeHugs = exerciseById("knee-hugs"); // 5 holds of 20 s
const curlUp = exerciseById("curl-up"); // 3 sets of 5 holds of 8 s
const gluteBridge = exerciseById("glute-bridge"); // 2 × 10, 3 s at the top
const proneLying = exerciseById("prone-lying"); // 3 minutes, twice a day
const easyCycling = exerciseById("easy-cycling"); // 15 minutes

/** The level after rating the exercise once per session, in order, in one phase. */
function rate(exercise: Exercise, ratings: DoseRating[], phase: Phase = 1, start?: DoseLevel) {
  let stored = start;
  for (const rating of ratings) stored = nextDoseLevel(exercise, stored, rating, phase);
  return stored;
}

const repeat = (rating: DoseRating, times: number) => Array<DoseRating>(times).fill(rating);

/** The one number a step moves (a hold under 5 s is a pause, so reps), to check against the base. */
function counted(dose: Dose): number {
  if (dose.holdSeconds !== undefined && dose.holdSeconds >= 5) return dose.holdSeconds;
  return dose.reps ?? dose.minutes ?? 0;
}

describe("nextDoseLevel", () => {
  it("steps up after two 'too easy' ratings in a row, not after one", () => {
    expect(rate(catCamel, ["too-easy"])).toEqual({ phase: 1, level: 0, easyStreak: 1 });
    expect(rate(catCamel, ["too-easy", "too-easy"])).toEqual({
      phase: 1,
      level: 1,
      easyStreak: 0,
    });
    expect(rate(catCamel, repeat("too-easy", 4))?.level).toBe(2);
  });

  it("'about right' resets the too-easy streak", () => {
    expect(rate(catCamel, ["too-easy", "about-right", "too-easy"])).toEqual({
      phase: 1,
      level: 0,
      easyStreak: 1,
    });
  });

  it("steps back after one 'too hard', and resets the streak", () => {
    expect(rate(catCamel, ["too-hard"])).toEqual({ phase: 1, level: -1, easyStreak: 0 });
    expect(rate(catCamel, ["too-easy", "too-hard", "too-easy"])).toEqual({
      phase: 1,
      level: -1,
      easyStreak: 1,
    });
  });

  it("stays within the plan's bounds for the phase", () => {
    expect(rate(catCamel, repeat("too-easy", 50))?.level).toBe(LEVELS_ABOVE);
    expect(rate(catCamel, repeat("too-hard", 50))?.level).toBe(-LEVELS_BELOW);
  });

  it("counts a level stored in another phase as none", () => {
    const phaseOne = rate(catCamel, repeat("too-easy", 6), 1);
    expect(phaseOne?.level).toBe(3);
    expect(nextDoseLevel(catCamel, phaseOne, "about-right", 2)).toEqual({
      phase: 2,
      level: 0,
      easyStreak: 0,
    });
    expect(nextDoseLevel(catCamel, phaseOne, "too-hard", 2).level).toBe(-1);
    // The streak does not carry over either.
    const oneEasy = rate(catCamel, ["too-easy"], 1);
    expect(nextDoseLevel(catCamel, oneEasy, "too-easy", 2).level).toBe(0);
  });

  it("never goes below the safe minimum: an 8-second hold has no room to ease", () => {
    expect(levelBounds(curlUp)).toEqual({ lowest: 0, highest: LEVELS_ABOVE });
    expect(rate(curlUp, ["too-hard"])?.level).toBe(0);
    expect(levelBounds(kneeHugs).lowest).toBe(-2);
  });

  it("does not adjust daily habits or doses with nothing to count", () => {
    for (const id of ["walk-short-bouts", "sitting-breaks", "log-roll", "farmer-carry"]) {
      const exercise = exerciseById(id);
      expect(isAdjustable(exercise)).toBe(false);
      expect(rate(exercise, repeat("too-easy", 10))?.level).toBe(0);
      expect(adjustedDoseFor(exercise, { phase: 1, level: 3, easyStreak: 0 }, 1).adjusted).toBe(
        false,
      );
    }
  });
});

describe("doseAtLevel", () => {
  it("steps reps by 1, holds by 5 seconds and timed doses by a minute or a tenth", () => {
    expect(doseAtLevel(catCamel, 2)).toEqual({ reps: 10 });
    expect(doseAtLevel(kneeHugs, 1)).toEqual({ reps: 5, holdSeconds: 25 });
    expect(doseAtLevel(kneeHugs, -2)).toEqual({ reps: 5, holdSeconds: 10 });
    expect(doseAtLevel(gluteBridge, 1)).toEqual({ sets: 2, reps: 11, holdSeconds: 3 });
    expect(doseAtLevel(proneLying, 1)).toEqual({ minutes: 4, perDay: 2 });
    expect(doseAtLevel(easyCycling, 1)).toEqual({ minutes: 17 });
  });

  it("keeps sets and sides as the plan has them", () => {
    const dose = doseAtLevel(exerciseById("dead-bug"), 3);
    expect(dose).toEqual({ sets: 2, reps: 9, perSide: true });
  });

  it("clamps a level outside the bounds (a stored level from an older library)", () => {
    expect(doseAtLevel(catCamel, 99)).toEqual({ reps: 8 + LEVELS_ABOVE });
    expect(doseAtLevel(catCamel, -99)).toEqual({ reps: 8 - LEVELS_BELOW });
  });
});

describe("every exercise in the library", () => {
  for (const exercise of EXERCISES) {
    it(`${exercise.id} stays within its bounds after 50 'too easy' and after 50 'too hard'`, () => {
      const base = counted(exercise.dose);
      for (const rating of ["too-easy", "too-hard"] as const) {
        for (const phase of [1, 2, 3] as const) {
          const level = rate(exercise, repeat(rating, 50), phase);
          const { lowest, highest } = levelBounds(exercise);
          expect(level?.level).toBeGreaterThanOrEqual(lowest);
          expect(level?.level).toBeLessThanOrEqual(highest);
          const { dose } = adjustedDoseFor(exercise, level, phase);
          expect(dose.sets).toBe(exercise.dose.sets);
          expect(dose.perSide).toBe(exercise.dose.perSide);
          if (!isAdjustable(exercise)) {
            expect(dose).toEqual(exercise.dose);
            continue;
          }
          const moved = counted(dose);
          // Never below a safe minimum, never more than four steps (at most +20 s / +4 reps /
          // +4 tenths of the time) above the plan.
          if (dose.holdSeconds !== undefined && dose.holdSeconds >= 5)
            expect(moved).toBeGreaterThanOrEqual(5);
          else expect(moved).toBeGreaterThanOrEqual(1);
          expect(moved).toBeLessThanOrEqual(Math.max(base + 20, Math.ceil(base * 1.5) + 4));
          if (rating === "too-easy") expect(moved).toBeGreaterThan(base);
        }
      }
    });
  }
});

describe("adjustedDoseFor", () => {
  it("keeps the library's words when nothing is adjusted", () => {
    expect(adjustedDoseFor(catCamel, undefined, 1)).toEqual({
      dose: catCamel.dose,
      doseText: "8 slow cycles",
      adjusted: false,
    });
    expect(adjustedDoseFor(catCamel, { phase: 1, level: 0, easyStreak: 1 }, 1).adjusted).toBe(
      false,
    );
  });

  it("spells out an adjusted dose, in the phase it was stored for only", () => {
    const stored = { phase: 2 as const, level: 2, easyStreak: 0 };
    expect(adjustedDoseFor(catCamel, stored, 2)).toEqual({
      dose: { reps: 10 },
      doseText: "10 reps",
      adjusted: true,
    });
    expect(adjustedDoseFor(catCamel, stored, 3).adjusted).toBe(false);
  });
});

describe("formatDose", () => {
  it("writes each kind of dose in plain words", () => {
    expect(formatDose({ reps: 12 })).toBe("12 reps");
    expect(formatDose({ reps: 1 })).toBe("1 rep");
    expect(formatDose({ reps: 8, holdSeconds: 15 })).toBe("8 holds of 15 seconds");
    expect(formatDose({ minutes: 4 })).toBe("4 minutes");
    expect(formatDose({ minutes: 1 })).toBe("1 minute");
    expect(formatDose({ sets: 2, reps: 9, perSide: true })).toBe("2 sets of 9 reps on each side");
    expect(formatDose({ sets: 1, reps: 5, holdSeconds: 15, perSide: true })).toBe(
      "5 holds of 15 seconds on each side",
    );
    expect(formatDose({ sets: 2, reps: 11, holdSeconds: 3 })).toBe(
      "2 sets of 11 reps, holding 3 seconds",
    );
    expect(formatDose({ minutes: 4, perDay: 2 })).toBe("4 minutes, twice a day");
    expect(formatDose({ minutes: 11, perDay: 3 })).toBe("11 minutes, 3 times a day");
    expect(formatDose({ sets: 3 })).toBe("3 sets");
    expect(formatDose({})).toBe("");
  });

  it("has words for every adjusted dose in the library", () => {
    for (const exercise of EXERCISES.filter(isAdjustable)) {
      for (const level of [-2, 1, 4]) {
        expect(formatDose(doseAtLevel(exercise, level)), exercise.id).toMatch(/^\d/);
      }
    }
  });
});
