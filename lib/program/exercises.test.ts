import { describe, expect, it } from "vitest";
import { EXERCISES, exerciseById, getExercise } from "./exercises";
import { PHASES, PLAN_TYPES } from "./types";

/** Words that make backs sound breakable; none belongs in what a person should feel. */
const FRIGHTENING_WORDS =
  /fragile|damag|injur|crumbl|degenerat|slipped|wear and tear|out of place|brittle/i;

/** A bodily signal (pain, a catch, something stirring up or feeling worse) in the cautions. */
const EASE_OFF_SIGNAL = /pain|ache|catch|stirs up|bothers|hurts|complains|discomfort|worse/i;

describe("exercise library", () => {
  it("has at least 22 exercises (the product asks for 20)", () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(22);
  });

  it("uses unique kebab-case ids", () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))("%s is complete", (_id, exercise) => {
    expect(exercise.name.trim()).not.toBe("");
    expect(exercise.purpose.trim()).not.toBe("");
    expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
    expect(exercise.steps.length).toBeLessThanOrEqual(6);
    for (const step of exercise.steps) {
      // The UI numbers steps with an <ol>; a number in the text would be said twice.
      expect(step).not.toMatch(/^\s*\d+[.)]/);
      expect(step).toMatch(/[.!?]$/);
    }
    expect(exercise.feel.trim()).not.toBe("");
    expect(exercise.feel.length).toBeLessThanOrEqual(200);
    expect(exercise.feel).toMatch(/\.$/);
    expect(exercise.feel).not.toMatch(FRIGHTENING_WORDS);
    expect(exercise.doseText.trim()).not.toBe("");
    expect(exercise.cautions.length).toBeGreaterThan(0);
    // The player shows the cautions as "Stop or ease off if", so one must name a symptom to act on.
    expect(exercise.cautions.join(" ")).toMatch(EASE_OFF_SIGNAL);
    expect(exercise.types.length).toBeGreaterThan(0);
    expect(exercise.phases.length).toBeGreaterThan(0);
    for (const type of exercise.types) expect(PLAN_TYPES).toContain(type);
    for (const phase of exercise.phases) expect(PHASES).toContain(phase);
  });

  it("says 'each side' in the dose text exactly when the dose is per side", () => {
    for (const exercise of EXERCISES) {
      expect(exercise.doseText.includes("each side"), exercise.id).toBe(
        exercise.dose.perSide === true,
      );
    }
  });

  it("never suggests bed rest", () => {
    for (const exercise of EXERCISES) {
      const text = [exercise.purpose, ...exercise.steps, exercise.feel, ...exercise.cautions].join(
        " ",
      );
      expect(text.toLowerCase()).not.toMatch(/(stay|rest|lie) in bed/);
    }
  });

  it("serves phase 3 with load progression and return to work or sport", () => {
    const phase3 = EXERCISES.filter((e) => e.phases.includes(3)).map((e) => e.id);
    expect(phase3).toEqual(
      expect.arrayContaining([
        "suitcase-carry",
        "farmer-carry",
        "goblet-squat-to-box",
        "deadlift-from-blocks",
        "task-rehearsal",
      ]),
    );
  });

  it("looks exercises up by id", () => {
    expect(getExercise("bird-dog")?.name).toBe("Bird dog");
    expect(getExercise("no-such-thing")).toBeUndefined();
    expect(() => exerciseById("no-such-thing")).toThrow(/Unknown exercise/);
  });
});
