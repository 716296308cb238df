import { describe, expect, it } from "vitest";

import {
  CATEGORY_COPY,
  OUTCOME_COPY,
  QUIZ_DISCLAIMER,
  RED_FLAG_COPY,
  RESULT_TYPE_COPY,
  SOFT_FLAG_COPY,
  resultCopy,
} from "./copy";
import { scoreQuiz } from "./score";
import { OUTCOMES } from "@/lib/rest-or-move/outcomes";
import { answers, answersForType, gateStopped } from "./test-answers";
import { RESULT_TYPES, RESULT_TYPE_LABELS } from "./types";

/** Every string inside a value, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const ALL_COPY = strings([
  RESULT_TYPE_COPY,
  CATEGORY_COPY,
  OUTCOME_COPY,
  RED_FLAG_COPY,
  SOFT_FLAG_COPY,
]);

describe("result copy tone", () => {
  it("uses the display labels exactly as docs/product.md names them", () => {
    expect(RESULT_TYPE_LABELS).toEqual({
      flexion: "Flexion intolerant",
      extension: "Extension intolerant",
      instability: "Functional instability",
      load: "Load intolerant",
      mixed: "Mixed pattern",
      unclear: "Unclear pattern",
    });
    for (const type of RESULT_TYPES)
      expect(RESULT_TYPE_COPY[type].label).toBe(RESULT_TYPE_LABELS[type]);
  });

  it.each(RESULT_TYPES)('%s says what the answers "suggest"', (type) => {
    expect(RESULT_TYPE_COPY[type].summary).toMatch(/\bsuggests?\b/);
    expect(RESULT_TYPE_COPY[type].aggravates.length).toBeGreaterThan(0);
    expect(RESULT_TYPE_COPY[type].eases.length).toBeGreaterThan(0);
  });

  it("never claims to diagnose (only the disclaimer says it is not a diagnosis)", () => {
    for (const text of ALL_COPY) expect(text).not.toMatch(/diagnos/i);
    expect(QUIZ_DISCLAIMER).toMatch(/not a diagnosis/);
  });

  it("never suggests bed rest", () => {
    for (const text of [...ALL_COPY, QUIZ_DISCLAIMER]) {
      expect(text).not.toMatch(
        /bed ?rest|rest in bed|stay(ing)? in bed|complete rest|lie down and rest/i,
      );
    }
  });

  it("gives every category two weeks of guidance", () => {
    for (const category of ["A", "B", "C", "D"] as const) {
      expect(CATEGORY_COPY[category].nextTwoWeeks.length).toBeGreaterThanOrEqual(3);
    }
    expect(strings(CATEGORY_COPY.B)).toContainEqual(
      expect.stringMatching(/physiotherapist or chiropractor/),
    );
    expect(strings(CATEGORY_COPY.C)).toContainEqual(expect.stringMatching(/one to two weeks/));
    expect(strings(CATEGORY_COPY.D)).toContainEqual(expect.stringMatching(/one at a time/));
  });

  it("sends urgent results to emergency care now, and doctor-first to a doctor", () => {
    expect(OUTCOME_COPY.urgent.whoToSee).toMatch(/emergency department/);
    expect(OUTCOME_COPY.urgent.whoToSee).toMatch(/emergency number/);
    expect(OUTCOME_COPY.urgent.howSoon).toMatch(/^Now\b/);
    expect(OUTCOME_COPY.doctor_first.whoToSee).toMatch(/doctor/);
    expect(OUTCOME_COPY.assessment_first.whoToSee).toMatch(/physiotherapist or chiropractor/);
  });
});

describe("resultCopy", () => {
  it("puts the red flag first and shows no type or category beside a safety message", () => {
    const copy = resultCopy(scoreQuiz(gateStopped("bladderBowel")));
    expect(copy.outcome).toBe(OUTCOME_COPY.urgent);
    expect(copy.redFlags).toEqual([RED_FLAG_COPY.bladderBowel]);
    expect(copy.type).toBeNull();
    expect(copy.category).toBeNull();
  });

  it("gives a candidate its type, category and soft-flag advice", () => {
    const copy = resultCopy(scoreQuiz(answersForType("load", { duration: "over3m" })));
    expect(copy.outcome).toBe(OUTCOME_COPY.candidate);
    expect(copy.type).toBe(RESULT_TYPE_COPY.load);
    expect(copy.category).toBe(CATEGORY_COPY.D);
    expect(copy.softFlags).toEqual([SOFT_FLAG_COPY.chronic]);
    expect(copy.redFlags).toEqual([]);
  });

  it("tells chronic pain to move more, not less", () => {
    expect(resultCopy(scoreQuiz(answers({ duration: "over3m" }))).softFlags[0]).toMatch(
      /doing more, not less/,
    );
  });
});

describe("one vocabulary", () => {
  it("names the A–D categories exactly as the rest-or-move guide does", () => {
    for (const category of ["A", "B", "C", "D"] as const) {
      expect(CATEGORY_COPY[category].title).toBe(OUTCOMES[category].title);
    }
  });

  it("spells program one way", () => {
    expect(JSON.stringify([CATEGORY_COPY, OUTCOME_COPY])).not.toMatch(/programme/i);
  });
});
