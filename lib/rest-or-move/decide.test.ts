import { describe, expect, it } from "vitest";
import { nextStep, parseAnswers, stepCount, toSearchParams, withoutLastAnswer } from "./decide";
import type { Answers } from "./questions";

const stable = { dailyFunction: "yes", activityResponse: "stable", recentInjury: "no" } as const;

describe("nextStep: the four-part framework", () => {
  it("asks how bad the pain is first", () => {
    expect(nextStep({})).toMatchObject({ kind: "question", question: "pain" });
  });

  it("B: extreme pain goes straight to assessment, whatever else was answered", () => {
    expect(nextStep({ pain: "extreme" })).toMatchObject({
      kind: "result",
      category: "B",
      answered: { pain: "extreme" },
    });
    expect(nextStep({ pain: "extreme", recentInjury: "yes" })).toMatchObject({
      category: "B",
      answered: { pain: "extreme" },
    });
  });

  it.each(["difficult", "no"] as const)(
    "B: walking, getting up or dressing %s",
    (dailyFunction) => {
      expect(nextStep({ pain: "mild", dailyFunction })).toMatchObject({
        kind: "result",
        category: "B",
      });
    },
  );

  it.each(["mild", "moderate", "severe"] as const)(
    "B: %s pain that worsens with any and all activity",
    (pain) => {
      expect(
        nextStep({ pain, dailyFunction: "yes", activityResponse: "worseWithAll" }),
      ).toMatchObject({ category: "B" });
    },
  );

  it("A: a specific injury in the last two weeks", () => {
    expect(nextStep({ pain: "severe", ...stable, recentInjury: "yes" })).toMatchObject({
      kind: "result",
      category: "A",
    });
    expect(
      nextStep({
        pain: "mild",
        dailyFunction: "yes",
        activityResponse: "easesWithMovement",
        recentInjury: "yes",
      }),
    ).toMatchObject({
      category: "A",
    });
  });

  it("B wins over A: a recent injury with pain worsening with everything is assessed first", () => {
    expect(
      nextStep({
        pain: "severe",
        dailyFunction: "yes",
        activityResponse: "worseWithAll",
        recentInjury: "yes",
      }),
    ).toMatchObject({
      category: "B",
    });
  });

  it("C: severe pain stable with activity", () => {
    expect(nextStep({ pain: "severe", ...stable })).toMatchObject({
      kind: "result",
      category: "C",
    });
  });

  it("moderate stable pain asks about an aggravating activity: yes is C, no is D", () => {
    expect(nextStep({ pain: "moderate", ...stable })).toMatchObject({
      kind: "question",
      question: "aggravatingActivity",
    });
    expect(nextStep({ pain: "moderate", ...stable, aggravatingActivity: "yes" })).toMatchObject({
      category: "C",
    });
    expect(nextStep({ pain: "moderate", ...stable, aggravatingActivity: "no" })).toMatchObject({
      category: "D",
    });
  });

  it("D: mild stable pain, or severe pain that eases with movement", () => {
    expect(nextStep({ pain: "mild", ...stable })).toMatchObject({ kind: "result", category: "D" });
    expect(
      nextStep({ pain: "severe", ...stable, activityResponse: "easesWithMovement" }),
    ).toMatchObject({ category: "D" });
  });

  it("keeps only the answers that were asked for", () => {
    const step = nextStep({ pain: "mild", ...stable, aggravatingActivity: "yes" });
    expect(step.answered).toEqual({ pain: "mild", ...stable });
  });

  it("never skips an unanswered question that comes earlier", () => {
    expect(nextStep({ pain: "severe", activityResponse: "stable" })).toMatchObject({
      kind: "question",
      question: "dailyFunction",
    });
  });
});

describe("query parameters", () => {
  it("parses known answers and reports invalid values", () => {
    expect(
      parseAnswers({
        pain: "severe",
        dailyFunction: ["yes", "no"],
        activityResponse: "sideways",
        other: "x",
      }),
    ).toEqual({
      answers: { pain: "severe", dailyFunction: "yes" },
      invalid: ["activityResponse"],
    });
  });

  it("round-trips answers in question order", () => {
    const answers: Answers = { recentInjury: "no", pain: "mild" };
    expect(toSearchParams(answers).toString()).toBe("pain=mild&recentInjury=no");
  });

  it("goes back by dropping the last answer", () => {
    expect(withoutLastAnswer({ pain: "mild", dailyFunction: "yes" })).toEqual({ pain: "mild" });
    expect(withoutLastAnswer({})).toEqual({});
  });
});

describe("every path", () => {
  it("ends in a result within five questions, reaching all of A–D", async () => {
    const { QUESTIONS, QUESTION_ORDER } = await import("./questions");
    const reached = new Set<string>();
    const walk = (answers: Answers, depth: number) => {
      const step = nextStep(answers);
      expect(depth).toBeLessThanOrEqual(5);
      if (step.kind === "result") return void reached.add(step.category);
      expect(QUESTION_ORDER).toContain(step.question);
      for (const option of QUESTIONS[step.question].options)
        walk({ ...answers, [step.question]: option.value }, depth + 1);
    };
    walk({}, 0);
    expect([...reached].sort()).toEqual(["A", "B", "C", "D"]);
  });
});

describe("stepCount: the M of Step N of M", () => {
  it("is five before the first answer: moderate stable pain asks every question", () => {
    expect(stepCount({})).toBe(5);
  });

  it("shrinks to what is still possible, and never below the questions asked", () => {
    expect(stepCount({ pain: "mild" })).toBe(4);
    expect(stepCount({ pain: "moderate" })).toBe(5);
    expect(stepCount({ pain: "extreme" })).toBe(1);
    expect(stepCount({ pain: "mild", dailyFunction: "no" })).toBe(2);
  });

  it("ignores answers to questions the path never asks", () => {
    expect(stepCount({ pain: "mild", aggravatingActivity: "yes" })).toBe(4);
  });
});
