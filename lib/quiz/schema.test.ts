import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";

import {
  QUIZ_MESSAGES,
  QuizAnswersSchema,
  QuizDraftSchema,
  quizFieldErrors,
  toQuizAnswers,
  type QuizAnswers,
} from "./schema";
import { answers, gateStopped } from "./test-answers";
import { GATE_KEYS, PROFILE_KEYS, TYPE_KEYS, type GateKey, type QuizDraft } from "./types";

/** The issues of a failed parse as [path, message] pairs. */
function issuesOf(input: unknown): [string, string][] {
  const result = QuizAnswersSchema.safeParse(input);
  if (result.success) throw new Error(`Expected a failure, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("QuizAnswersSchema: complete sets it accepts", () => {
  it("accepts a full answer set and returns it unchanged", () => {
    const full = answers({ worstPain: 7, legSymptoms: "oneLeg" });
    expect(QuizAnswersSchema.parse(full)).toEqual(full);
  });

  it.each(GATE_KEYS)("accepts a set that stopped at a yes to %s", (key) => {
    const stopped = gateStopped(key);
    expect(QuizAnswersSchema.parse(stopped)).toEqual(stopped);
  });

  it("accepts a full set with both legs after the recheck was answered no", () => {
    const full = answers({ legSymptoms: "bothLegs" });
    expect(QuizAnswersSchema.parse(full)).toEqual(full);
  });

  it("accepts string values straight from FormData, turning worst pain into a number", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(answers({ worstPain: 8 }))) {
      form.set(key, String(value));
    }
    const parsed = QuizAnswersSchema.parse(Object.fromEntries(form));
    expect(parsed).toEqual(answers({ worstPain: 8 }));
  });

  it("does not pass through keys holding undefined", () => {
    const parsed = QuizAnswersSchema.parse({ ...gateStopped("infection"), trauma: undefined });
    expect(Object.keys(parsed)).toEqual(["bladderBowel", "bothLegs", "infection"]);
  });

  it("outputs the QuizAnswers type", () => {
    expectTypeOf<z.output<typeof QuizAnswersSchema>>().toEqualTypeOf<QuizAnswers>();
  });
});

describe("QuizAnswersSchema: worst pain", () => {
  it.each([
    [0, 0],
    [10, 10],
    ["0", 0],
    ["10", 10],
    [" 6 ", 6],
  ])("accepts %o as %i", (input, expected) => {
    const parsed = QuizAnswersSchema.parse({ ...answers(), worstPain: input });
    expect(parsed).toMatchObject({ worstPain: expected });
  });

  it.each([
    ["abc"],
    [11],
    [-1],
    [2.5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ["11"],
    ["-1"],
    ["2.5"],
    ["0x5"],
    ["1e1"],
    [null],
    [true],
  ])("rejects %o with a plain message", (input) => {
    expect(issuesOf({ ...answers(), worstPain: input })).toEqual([
      ["worstPain", QUIZ_MESSAGES.worstPain],
    ]);
  });

  it("treats an empty string as not answered", () => {
    expect(issuesOf({ ...answers(), worstPain: "" })).toEqual([
      ["worstPain", QUIZ_MESSAGES.required],
    ]);
  });
});

describe("QuizAnswersSchema: what it rejects", () => {
  it("rejects unknown keys by name instead of dropping them", () => {
    expect(issuesOf({ ...answers(), mood: "fine", email: "a@b.c" })).toEqual([
      ["", "These are not questions in the quiz: mood, email."],
    ]);
    expect(issuesOf({ ...answers(), mood: "fine" })).toEqual([
      ["", "This is not a question in the quiz: mood."],
    ]);
  });

  it.each([
    ["ageBand", "30to40"],
    ["bladderBowel", "maybe"],
    ["bladderBowel", true],
    ["dailyFunction", "sometimes"],
    ["activityResponse", "worse"],
    ["legSymptoms", "left"],
    ["sittingBending", "often"],
    ["suddenMoves", "worse"],
    ["worstTrigger", "mixed"],
    ["bestRelief", "unclear"],
  ])("rejects %s = %o: only values from the answer-key table", (key, value) => {
    expect(issuesOf({ ...answers(), [key]: value })).toEqual([[key, QUIZ_MESSAGES.choose]]);
  });

  it.each([...PROFILE_KEYS, ...TYPE_KEYS])("a full set missing %s is incomplete", (key) => {
    const { [key]: _missing, ...rest } = answers();
    expect(issuesOf(rest)).toEqual([[key, QUIZ_MESSAGES.required]]);
  });

  it("reports every missing answer, not only the first", () => {
    const { ageBand: _a, bestRelief: _b, ...rest } = answers();
    expect(issuesOf(rest)).toEqual([
      ["ageBand", QUIZ_MESSAGES.required],
      ["bestRelief", QUIZ_MESSAGES.required],
    ]);
  });

  it("an empty object needs every question answered", () => {
    expect(issuesOf({})).toHaveLength(GATE_KEYS.length + PROFILE_KEYS.length + TYPE_KEYS.length);
  });

  it("rejects answers after a gate yes", () => {
    expect(issuesOf({ ...gateStopped("bothLegs"), infection: "no", ageBand: "20to50" })).toEqual([
      ["infection", QUIZ_MESSAGES.afterStop],
      ["ageBand", QUIZ_MESSAGES.afterStop],
    ]);
  });

  it("rejects a full set with a gate question answered yes", () => {
    const issues = issuesOf({ ...answers(), cancer: "yes" });
    expect(issues).toContainEqual(["nightPain", QUIZ_MESSAGES.afterStop]);
    expect(issues).toContainEqual(["ageBand", QUIZ_MESSAGES.afterStop]);
    expect(issues).toContainEqual(["bestRelief", QUIZ_MESSAGES.afterStop]);
    expect(issues).toHaveLength(1 + PROFILE_KEYS.length + TYPE_KEYS.length);
  });

  it.each<[GateKey, GateKey]>([
    ["trauma", "bladderBowel"],
    ["nightPain", "cancer"],
  ])("a stop at %s still needs %s answered before it", (stop, missing) => {
    const stopped: QuizDraft = gateStopped(stop);
    const { [missing]: _missing, ...rest } = stopped;
    expect(issuesOf(rest)).toEqual([[missing, QUIZ_MESSAGES.required]]);
  });

  it("reports value errors and unknown keys together", () => {
    expect(issuesOf({ ...answers(), ageBand: "old", worstPain: 12, extra: 1 })).toEqual([
      ["ageBand", QUIZ_MESSAGES.choose],
      ["worstPain", QUIZ_MESSAGES.worstPain],
      ["", "This is not a question in the quiz: extra."],
    ]);
  });

  it.each([null, "answers", 42, []])("rejects %o as unreadable", (input) => {
    expect(issuesOf(input)).toEqual([["", QUIZ_MESSAGES.notAnObject]]);
  });
});

describe("QuizDraftSchema", () => {
  it("accepts any subset of valid answers, including none", () => {
    expect(QuizDraftSchema.parse({})).toEqual({});
    expect(QuizDraftSchema.parse({ bladderBowel: "no", worstPain: "4" })).toEqual({
      bladderBowel: "no",
      worstPain: 4,
    });
  });

  it("still rejects bad values and unknown keys", () => {
    expect(QuizDraftSchema.safeParse({ ageBand: "old" }).success).toBe(false);
    expect(QuizDraftSchema.safeParse({ colour: "red" }).success).toBe(false);
  });
});

describe("toQuizAnswers", () => {
  it("returns null for an incomplete draft", () => {
    expect(toQuizAnswers({ bladderBowel: "no" })).toBeNull();
  });

  it("returns the gate-stopped set, dropping nothing it needs", () => {
    expect(toQuizAnswers({ bladderBowel: "no", bothLegs: "yes" })).toEqual(gateStopped("bothLegs"));
  });
});

describe("quizFieldErrors", () => {
  it("groups every message under its question key, and form-level ones under form", () => {
    const result = QuizAnswersSchema.safeParse({
      ...answers(),
      ageBand: "old",
      worstPain: -3,
      x: 1,
    });
    if (result.success) throw new Error("expected failure");
    expect(quizFieldErrors(result.error)).toEqual({
      ageBand: [QUIZ_MESSAGES.choose],
      worstPain: [QUIZ_MESSAGES.worstPain],
      form: ["This is not a question in the quiz: x."],
    });
  });
});

describe("messages", () => {
  it("are plain words, not library jargon", () => {
    const messages = [
      QUIZ_MESSAGES.choose,
      QUIZ_MESSAGES.worstPain,
      QUIZ_MESSAGES.required,
      QUIZ_MESSAGES.afterStop,
      QUIZ_MESSAGES.notAnObject,
      QUIZ_MESSAGES.unknownKeys(["x"]),
    ];
    for (const message of messages) {
      expect(message).not.toMatch(/invalid|expected|received|enum|undefined|NaN|schema/i);
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
  });
});
