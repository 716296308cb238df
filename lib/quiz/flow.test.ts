import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  isComplete,
  nextStep,
  previousStep,
  progress,
  questionForStep,
  reachableAnswers,
  visibleSteps,
  type QuizStep,
} from "./flow";
import { BOTH_LEGS_RECHECK, questionFor } from "./questions";
import { QuizAnswersSchema } from "./schema";
import { scoreQuiz } from "./score";
import { draftArb, quizAnswersArb, quizValuesArb } from "./test-arbitraries";
import { answers, gateStopped } from "./test-answers";
import {
  GATE_KEYS,
  PROFILE_KEYS,
  QUIZ_KEYS,
  TYPE_KEYS,
  type FullQuizAnswers,
  type QuizDraft,
  type QuizKey,
  type QuizValues,
  type YesNo,
} from "./types";

const keysOf = (steps: QuizStep[]) => steps.map((s) => (s.recheck ? "bothLegs (recheck)" : s.key));

/** All gate questions answered "no" and every profile question answered. */
function throughProfile(overrides: Partial<FullQuizAnswers> = {}): QuizDraft {
  const full = answers(overrides);
  const draft: QuizDraft = {};
  for (const key of [...GATE_KEYS, ...PROFILE_KEYS]) set(draft, key, full[key]);
  return draft;
}

function set<K extends QuizKey>(draft: QuizDraft, key: K, value: QuizValues[K]): void {
  draft[key] = value;
}

function copy<K extends QuizKey>(from: QuizDraft, to: QuizDraft, key: K): void {
  const value = from[key];
  if (value === undefined) throw new Error(`No answer for ${key}`);
  to[key] = value;
}

/**
 * Drives the flow the way the quiz UI does: show the step at the current
 * index, answer it from `source` (the recheck with `recheck`), and ask
 * nextStep where to go until it says the quiz is done.
 */
function walk(source: QuizDraft, recheck: YesNo = "no") {
  const draft: QuizDraft = {};
  const visited: QuizStep[] = [];
  let index: number | null = 0;
  for (let guard = 0; index !== null && guard < 50; guard += 1) {
    const step: QuizStep | undefined = visibleSteps(draft)[index];
    if (!step) throw new Error(`No step at ${index}`);
    visited.push(step);
    if (step.recheck) set(draft, "bothLegs", recheck);
    else copy(source, draft, step.key);
    index = nextStep(draft, index);
  }
  return { visited, draft };
}

describe("visibleSteps", () => {
  it("shows the gate, then the profile, then the type questions, in order", () => {
    expect(keysOf(visibleSteps({}))).toEqual([...GATE_KEYS, ...PROFILE_KEYS, ...TYPE_KEYS]);
    expect(visibleSteps({}).map((s) => s.section)).toEqual([
      ...GATE_KEYS.map(() => "gate"),
      ...PROFILE_KEYS.map(() => "profile"),
      ...TYPE_KEYS.map(() => "type"),
    ]);
  });

  it.each(GATE_KEYS)('a "yes" to %s ends the quiz right there', (key) => {
    const steps = visibleSteps(gateStopped(key));
    expect(keysOf(steps)).toEqual(GATE_KEYS.slice(0, GATE_KEYS.indexOf(key) + 1));
  });

  it("a gate yes ends the quiz even if later answers are still in the draft", () => {
    const draft = { ...answers(), infection: "yes" as const };
    expect(keysOf(visibleSteps(draft))).toEqual(["bladderBowel", "bothLegs", "infection"]);
  });

  it("gate answers of no, or not yet given, do not end the quiz", () => {
    expect(visibleSteps({ bladderBowel: "no", bothLegs: "no" })).toHaveLength(19);
  });
});

describe("both-legs recheck", () => {
  it('asks gate question 2 again right after "both legs"', () => {
    const steps = visibleSteps(throughProfile({ legSymptoms: "bothLegs" }));
    expect(keysOf(steps)).toEqual([
      ...GATE_KEYS,
      ...PROFILE_KEYS,
      "bothLegs (recheck)",
      ...TYPE_KEYS,
    ]);
    expect(steps[PROFILE_KEYS.length + GATE_KEYS.length]).toEqual({
      key: "bothLegs",
      section: "gate",
      recheck: true,
    });
  });

  it.each(["none", "oneLeg"] as const)('is not asked for leg symptoms "%s"', (legSymptoms) => {
    const steps = visibleSteps(throughProfile({ legSymptoms }));
    expect(steps.some((s) => s.recheck)).toBe(false);
    expect(steps).toHaveLength(19);
  });

  it("has its own wording but the same yes/no options as gate question 2", () => {
    const recheck = questionForStep({ key: "bothLegs", section: "gate", recheck: true });
    const first = questionForStep({ key: "bothLegs", section: "gate", recheck: false });
    expect(recheck).toBe(BOTH_LEGS_RECHECK);
    expect(first).toBe(questionFor("bothLegs"));
    expect(recheck.prompt).not.toBe(first.prompt);
    expect(recheck.prompt).toMatch(/both legs/);
    expect(recheck.options).toEqual(first.options);
  });

  it("a yes at the recheck ends the quiz as urgent, stored as a gate stop", () => {
    const { visited, draft } = walk(answers({ legSymptoms: "bothLegs" }), "yes");
    expect(keysOf(visited)).toEqual([...GATE_KEYS, ...PROFILE_KEYS, "bothLegs (recheck)"]);
    expect(isComplete(draft)).toBe(true);
    const submitted = QuizAnswersSchema.parse(reachableAnswers(draft));
    expect(submitted).toEqual(gateStopped("bothLegs"));
    expect(scoreQuiz(submitted)).toMatchObject({ outcome: "urgent", redFlags: ["bothLegs"] });
  });

  it("a no at the recheck carries on to the type questions", () => {
    const { visited, draft } = walk(answers({ legSymptoms: "bothLegs" }), "no");
    expect(keysOf(visited)).toEqual([
      ...GATE_KEYS,
      ...PROFILE_KEYS,
      "bothLegs (recheck)",
      ...TYPE_KEYS,
    ]);
    const result = scoreQuiz(QuizAnswersSchema.parse(reachableAnswers(draft)));
    expect(result.outcome).toBe("candidate");
    expect(result.softFlags).toContain("bothLegsSymptoms");
  });

  it('going Back and changing "both legs" to "one leg" removes the recheck', () => {
    const draft = { ...answers(), legSymptoms: "bothLegs" as const };
    expect(visibleSteps(draft)).toHaveLength(20);
    expect(visibleSteps({ ...draft, legSymptoms: "oneLeg" })).toHaveLength(19);
  });
});

describe("nextStep, previousStep and isComplete", () => {
  it("moves to the next step once the current one is answered", () => {
    expect(nextStep({ bladderBowel: "no" }, 0)).toBe(1);
  });

  it("stays on a step that has not been answered", () => {
    expect(nextStep({}, 0)).toBe(0);
    expect(nextStep({ bladderBowel: "no" }, 1)).toBe(1);
  });

  it.each(GATE_KEYS)('returns null (done) straight after a "yes" to %s', (key) => {
    expect(nextStep(gateStopped(key), GATE_KEYS.indexOf(key))).toBeNull();
  });

  it("returns null after the last type question of a full set", () => {
    expect(nextStep(answers(), 18)).toBeNull();
  });

  it("goes back to a skipped question instead of finishing", () => {
    const { sittingBending: _skipped, ...draft } = answers();
    expect(nextStep(draft, 18)).toBe(GATE_KEYS.length + PROFILE_KEYS.length);
    expect(isComplete(draft)).toBe(false);
  });

  it("Back goes one step back and stops at the first question", () => {
    expect(previousStep(5)).toBe(4);
    expect(previousStep(1)).toBe(0);
    expect(previousStep(0)).toBeNull();
  });

  it("an empty or half-done draft is not complete; a full or gate-stopped one is", () => {
    expect(isComplete({})).toBe(false);
    expect(isComplete(throughProfile())).toBe(false);
    expect(isComplete(answers())).toBe(true);
    expect(isComplete(gateStopped("cancer"))).toBe(true);
  });

  it("a gate yes makes the quiz complete even with later answers missing", () => {
    expect(isComplete({ bladderBowel: "no", bothLegs: "no", infection: "no", trauma: "yes" })).toBe(
      true,
    );
  });
});

describe("progress", () => {
  it("counts the steps on the current path", () => {
    expect(progress({}, 0)).toEqual({ position: 1, total: 19, percent: 5 });
    expect(progress(answers(), 18)).toEqual({ position: 19, total: 19, percent: 100 });
  });

  it("grows by one when the recheck appears, and shrinks to the stop after a yes", () => {
    expect(progress(answers({ legSymptoms: "bothLegs" }), 13).total).toBe(20);
    expect(progress(gateStopped("infection"), 2)).toEqual({ position: 3, total: 3, percent: 100 });
  });

  it("keeps the position within the path for an out-of-range index", () => {
    expect(progress(gateStopped("bladderBowel"), 7).position).toBe(1);
    expect(progress({}, -3).position).toBe(1);
  });
});

describe("reachableAnswers", () => {
  it("drops answers left over after a gate question was changed to yes", () => {
    const draft = { ...answers(), bothLegs: "yes" as const };
    expect(reachableAnswers(draft)).toEqual(gateStopped("bothLegs"));
  });

  it("keeps every answer of a full set", () => {
    expect(reachableAnswers(answers())).toEqual(answers());
  });

  it("leaves out unanswered questions rather than storing undefined", () => {
    expect(Object.keys(reachableAnswers({ bladderBowel: "no", ageBand: "over50" }))).toEqual([
      "bladderBowel",
      "ageBand",
    ]);
  });
});

describe("flow properties", () => {
  it("walking the quiz to any valid answer set visits exactly its questions and submits it intact", () => {
    fc.assert(
      fc.property(quizAnswersArb, (target) => {
        const values: QuizDraft = target;
        const { visited, draft } = walk(values);
        const expectedKeys = QUIZ_KEYS.filter((key) => values[key] !== undefined);
        expect(visited.filter((s) => !s.recheck).map((s) => s.key)).toEqual(expectedKeys);
        expect(isComplete(draft)).toBe(true);
        expect(QuizAnswersSchema.parse(reachableAnswers(draft))).toEqual(target);
      }),
    );
  });

  it("changing the answer on screen never changes the steps before it", () => {
    fc.assert(
      fc.property(draftArb, quizValuesArb, fc.nat(19), (draft, other, rawIndex) => {
        const steps = visibleSteps(draft);
        const index = Math.min(rawIndex, steps.length - 1);
        const step = steps[index];
        if (!step || step.recheck) return; // the recheck ends the quiz instead
        const changed: QuizDraft = { ...draft };
        set(changed, step.key, other[step.key]);
        expect(visibleSteps(changed).slice(0, index + 1)).toEqual(steps.slice(0, index + 1));
      }),
    );
  });

  it("whatever the draft, a complete draft's reachable answers pass the schema", () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const ok = QuizAnswersSchema.safeParse(reachableAnswers(draft)).success;
        expect(ok).toBe(isComplete(draft));
      }),
    );
  });
});
