import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { QuizAnswersSchema } from "./schema";
import { MIN_TYPE_SCORE, assignType, offersProgram, scoreQuiz } from "./score";
import { gateStoppedAnswers } from "./gate";
import { fullAnswersArb, gateStoppedArb, quizAnswersArb, typeIdArb } from "./test-arbitraries";
import {
  AGE_BANDS,
  CATEGORIES,
  DURATIONS,
  GATE_KEYS,
  LEG_SYMPTOMS,
  OUTCOMES,
  RESULT_TYPES,
  SOFT_FLAGS,
  TYPE_IDS,
  URGENT_GATE_KEYS,
  type FullQuizAnswers,
  type GateKey,
  type QuizAnswers,
  type QuizDraft,
  type TypeId,
} from "./types";

const URGENT: readonly GateKey[] = URGENT_GATE_KEYS;

describe("scoreQuiz on any valid answer set", () => {
  it("scores without throwing and returns a well-formed result", () => {
    fc.assert(
      fc.property(quizAnswersArb, (answers) => {
        const result = scoreQuiz(answers);
        expect(result.version).toBe(1);
        expect(OUTCOMES).toContain(result.outcome);
        if (result.type !== null) expect(RESULT_TYPES).toContain(result.type);
        if (result.category !== null) expect(CATEGORIES).toContain(result.category);
        for (const flag of result.softFlags) expect(SOFT_FLAGS).toContain(flag);
        for (const type of TYPE_IDS) {
          expect(Number.isInteger(result.scores[type])).toBe(true);
          expect(result.scores[type]).toBeGreaterThanOrEqual(0);
        }
        if (result.runnerUp !== null) {
          expect(result.runnerUp).not.toBe(result.type);
          expect(result.scores[result.runnerUp]).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("gives the same result for the same answers, including after a JSON round trip", () => {
    fc.assert(
      fc.property(quizAnswersArb, (answers) => {
        const stored = QuizAnswersSchema.parse(JSON.parse(JSON.stringify(answers)));
        expect(scoreQuiz(stored)).toEqual(scoreQuiz(answers));
      }),
    );
  });

  it("a full set always gets a type and a category, and a program only as a candidate", () => {
    fc.assert(
      fc.property(fullAnswersArb, (answers) => {
        const result = scoreQuiz(answers);
        expect(result.redFlags).toEqual([]);
        expect(result.type).not.toBeNull();
        expect(result.category).not.toBeNull();
        expect(result.outcome).toBe(result.category === "B" ? "assessment_first" : "candidate");
      }),
    );
  });
});

/**
 * A full answer set with `flags` (in gate order) switched to "yes". The quiz
 * never produces this (it stops at the first yes), which is the point: it is
 * the hardest case for "red flags win over everything".
 */
function withRedFlags(answers: FullQuizAnswers, flags: readonly GateKey[]): QuizAnswers | null {
  const [first] = flags;
  if (first === undefined) return null;
  const draft: QuizDraft = { ...answers };
  for (const key of flags) draft[key] = "yes";
  return Object.assign(draft, gateStoppedAnswers(first));
}

describe("red flags win over everything", () => {
  it("any gate yes gives urgent or doctor_first and no program, whatever else was answered", () => {
    const flagsArb = fc.subarray([...GATE_KEYS], { minLength: 1 });
    fc.assert(
      fc.property(fullAnswersArb, flagsArb, (answers, flags) => {
        const flagged = withRedFlags(answers, flags);
        if (!flagged) throw new Error("subarray gave no flags");
        const result = scoreQuiz(flagged);
        const urgent = flags.some((key) => URGENT.includes(key));
        expect(result.outcome).toBe(urgent ? "urgent" : "doctor_first");
        expect(result.redFlags).toEqual(flags);
        expect(result.type).toBeNull();
        expect(result.runnerUp).toBeNull();
        expect(result.category).toBeNull();
        expect(result.softFlags).toEqual([]);
        expect(offersProgram(result.outcome)).toBe(false);
      }),
    );
  });

  it("every gate-stopped set routes by the question that stopped it", () => {
    fc.assert(
      fc.property(gateStoppedArb, (answers) => {
        const result = scoreQuiz(answers);
        const [stop] = result.redFlags;
        expect(result.redFlags).toHaveLength(1);
        expect(result.outcome).toBe(stop && URGENT.includes(stop) ? "urgent" : "doctor_first");
        expect(offersProgram(result.outcome)).toBe(false);
      }),
    );
  });
});

describe("soft flags never block", () => {
  it("age, leg symptoms and duration change only the advice, never the result", () => {
    fc.assert(
      fc.property(
        fullAnswersArb,
        fc.constantFrom(...AGE_BANDS),
        fc.constantFrom(...LEG_SYMPTOMS),
        fc.constantFrom(...DURATIONS),
        (answers, ageBand, legSymptoms, duration) => {
          const base = scoreQuiz(answers);
          const changed = scoreQuiz({ ...answers, ageBand, legSymptoms, duration });
          expect({ ...changed, softFlags: [] }).toEqual({ ...base, softFlags: [] });
        },
      ),
    );
  });
});

describe("assignType on any scores", () => {
  const scoreArb = fc.integer({ min: 0, max: 8 });
  const scoresArb = fc.record({
    flexion: scoreArb,
    extension: scoreArb,
    instability: scoreArb,
    load: scoreArb,
  });

  it("follows the assignment rules whatever the scores", () => {
    fc.assert(
      fc.property(scoresArb, typeIdArb, typeIdArb, (scores, worst, eases) => {
        const { type, runnerUp } = assignType(scores, worst, eases);
        const values = TYPE_IDS.map((t) => scores[t]).sort((a, b) => b - a);
        const top = values[0] ?? 0;
        const second = values[1] ?? 0;
        const leader = TYPE_IDS.find((t) => scores[t] === top);
        const bothFE = scores.flexion >= 4 && scores.extension >= 4;

        if (top < MIN_TYPE_SCORE) expect(type).toBe("unclear");
        else if (bothFE) expect(type).toBe("mixed");
        else if (top - second >= 2) expect(type).toBe(leader);
        else if (isType(type)) {
          // a tie-break winner: named by a question, 3+ points, < 2 behind
          expect([worst, eases]).toContain(type);
          expect(scores[type]).toBeGreaterThanOrEqual(MIN_TYPE_SCORE);
          expect(top - scores[type]).toBeLessThan(2);
          if (type === eases && type !== worst) {
            // "worst" did not name a contender, or it would have won
            expect(scores[worst] < MIN_TYPE_SCORE || top - scores[worst] >= 2).toBe(true);
          }
        } else {
          expect(type).toBe("mixed");
        }

        if (runnerUp !== null) {
          expect(runnerUp).not.toBe(type);
          const others = TYPE_IDS.filter((t) => t !== type).map((t) => scores[t]);
          expect(scores[runnerUp]).toBe(Math.max(...others));
        } else {
          expect(TYPE_IDS.filter((t) => t !== type).every((t) => scores[t] === 0)).toBe(true);
        }
      }),
    );
  });
});

function isType(value: string): value is TypeId {
  return TYPE_IDS.some((t) => t === value);
}
