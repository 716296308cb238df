import { describe, expect, it } from "vitest";

import { BOTH_LEGS_RECHECK, QUESTIONS, SECTION_INTROS, questionFor } from "./questions";
import {
  ACTIVITY_RESPONSES,
  AGE_BANDS,
  DAILY_FUNCTIONS,
  DURATIONS,
  GATE_KEYS,
  LEG_SYMPTOMS,
  PROFILE_KEYS,
  QUIZ_KEYS,
  SUDDEN_MOVES,
  TRIGGER_RESPONSES,
  TYPE_IDS,
  TYPE_KEYS,
  YES_NO,
  type QuizKey,
} from "./types";

const EXPECTED_VALUES: Record<QuizKey, readonly (string | number)[]> = {
  bladderBowel: YES_NO,
  bothLegs: YES_NO,
  infection: YES_NO,
  trauma: YES_NO,
  cancer: YES_NO,
  nightPain: YES_NO,
  ageBand: AGE_BANDS,
  duration: DURATIONS,
  worstPain: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  dailyFunction: DAILY_FUNCTIONS,
  activityResponse: ACTIVITY_RESPONSES,
  recentInjury: YES_NO,
  legSymptoms: LEG_SYMPTOMS,
  sittingBending: TRIGGER_RESPONSES,
  standingArching: TRIGGER_RESPONSES,
  suddenMoves: SUDDEN_MOVES,
  liftingImpact: TRIGGER_RESPONSES,
  worstTrigger: TYPE_IDS,
  bestRelief: TYPE_IDS,
};

describe("questions (version 1)", () => {
  it("has one question per answer key, in display order: gate 1–6, profile, type", () => {
    expect(QUESTIONS.map((q) => q.key)).toEqual([...QUIZ_KEYS]);
    expect(QUESTIONS.map((q) => q.section)).toEqual([
      ...GATE_KEYS.map(() => "gate"),
      ...PROFILE_KEYS.map(() => "profile"),
      ...TYPE_KEYS.map(() => "type"),
    ]);
  });

  it("keeps the red-flag gate in docs/product.md's order", () => {
    expect(GATE_KEYS).toEqual([
      "bladderBowel",
      "bothLegs",
      "infection",
      "trauma",
      "cancer",
      "nightPain",
    ]);
  });

  it.each(QUIZ_KEYS)("offers exactly the stored values for %s", (key) => {
    expect(questionFor(key).options.map((o) => o.value)).toEqual([...EXPECTED_VALUES[key]]);
  });

  it("asks worst pain as a 0–10 scale, labelled so it can be found as 'Worst pain (0–10)'", () => {
    const question = questionFor("worstPain");
    expect(question.kind).toBe("scale");
    expect(question.prompt.toLowerCase()).toContain("worst pain (0–10)");
    expect(QUESTIONS.filter((q) => q.kind === "scale").map((q) => q.key)).toEqual(["worstPain"]);
  });

  it("describes each trigger group and relief in words, pointing to the right type", () => {
    const worst = Object.fromEntries(
      questionFor("worstTrigger").options.map((o) => [o.value, o.label]),
    );
    expect(worst.flexion).toMatch(/sitting/i);
    expect(worst.extension).toMatch(/standing/i);
    expect(worst.instability).toMatch(/sudden|awkward/i);
    expect(worst.load).toMatch(/lifting/i);
    const eases = Object.fromEntries(
      questionFor("bestRelief").options.map((o) => [o.value, o.label]),
    );
    expect(eases.flexion).toMatch(/walking.*front/i);
    expect(eases.extension).toMatch(/sitting.*bending forward/i);
    expect(eases.instability).toMatch(/slowly and steadily/i);
    expect(eases.load).toMatch(/lying down.*weight off/i);
  });

  it("has unique, non-empty option labels within each question", () => {
    for (const question of [...QUESTIONS, BOTH_LEGS_RECHECK]) {
      const labels = question.options.map((o) => o.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const label of labels) expect(label.trim()).not.toBe("");
    }
  });

  it("keeps sentences short enough to read on a phone in pain", () => {
    for (const question of [...QUESTIONS, BOTH_LEGS_RECHECK]) {
      for (const text of [question.prompt, question.help ?? ""]) {
        for (const sentence of text.split(/(?<=[.?!:])\s+/)) {
          expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(30);
        }
      }
    }
  });

  it("introduces every section", () => {
    expect(Object.keys(SECTION_INTROS)).toEqual(["gate", "profile", "type"]);
  });
});
