import { describe, expect, it } from "vitest";

import { categorize, offersProgram, redFlagOutcome, scoreQuiz, softFlagsFor } from "./score";
import { CLEAR_TYPE_ANSWERS, answers, answersForType, gateStopped } from "./test-answers";
import { TYPE_IDS, type FullQuizAnswers, type GateKey, type QuizAnswers } from "./types";

const scores = (flexion: number, extension: number, instability: number, load: number) => ({
  flexion,
  extension,
  instability,
  load,
});

describe("red-flag gate", () => {
  it.each<GateKey>(["bladderBowel", "bothLegs", "infection"])(
    'a "yes" to %s alone means urgent care, with no type, category or program',
    (key) => {
      const result = scoreQuiz(gateStopped(key));
      expect(result).toEqual({
        version: 1,
        outcome: "urgent",
        type: null,
        runnerUp: null,
        scores: scores(0, 0, 0, 0),
        category: null,
        redFlags: [key],
        softFlags: [],
      });
      expect(offersProgram(result.outcome)).toBe(false);
    },
  );

  it.each<GateKey>(["trauma", "cancer", "nightPain"])(
    'a "yes" to %s alone means see a doctor first, with no type, category or program',
    (key) => {
      const result = scoreQuiz(gateStopped(key));
      expect(result.outcome).toBe("doctor_first");
      expect(result.redFlags).toEqual([key]);
      expect(result.type).toBeNull();
      expect(result.category).toBeNull();
      expect(offersProgram(result.outcome)).toBe(false);
    },
  );

  it("urgent beats doctor_first when both kinds of flag are present", () => {
    // Not a set the quiz can produce (it stops at the first yes), but scoring
    // must still put urgent first whatever it is given.
    const flagged = {
      ...answers(),
      trauma: "yes" as const,
      nightPain: "yes" as const,
      infection: "yes" as const,
    };
    const result = scoreQuiz(flagged);
    expect(result.outcome).toBe("urgent");
    expect(result.redFlags).toEqual(["infection", "trauma", "nightPain"]);
    expect(redFlagOutcome(["cancer", "bladderBowel"])).toBe("urgent");
    expect(redFlagOutcome(["cancer", "trauma"])).toBe("doctor_first");
  });

  it("a red flag wins even beside answers that would otherwise give a program", () => {
    const wouldBeCandidate = answersForType("flexion");
    expect(scoreQuiz(wouldBeCandidate).outcome).toBe("candidate");
    const flagged = { ...wouldBeCandidate, cancer: "yes" as const };
    const result = scoreQuiz(flagged);
    expect(result.outcome).toBe("doctor_first");
    expect(result.type).toBeNull();
    expect(result.category).toBeNull();
    expect(result.softFlags).toEqual([]);
  });

  it("a set that is neither full nor flagged falls to the safe side, never a program", () => {
    // Deliberately bypasses the types (as unvalidated stored data could):
    // scoring must not default to "candidate".
    const result = scoreQuiz({} as QuizAnswers);
    expect(result.outcome).toBe("doctor_first");
    expect(result.type).toBeNull();
  });
});

describe("outcome without red flags", () => {
  it("category B means assessment first, and the type is still reported", () => {
    const result = scoreQuiz(answersForType("load", { worstPain: 9 }));
    expect(result.category).toBe("B");
    expect(result.outcome).toBe("assessment_first");
    expect(result.type).toBe("load");
    expect(offersProgram(result.outcome)).toBe(false);
  });

  it.each(["A", "C", "D"] as const)("category %s means a program candidate", (category) => {
    const overrides = {
      A: { recentInjury: "yes" },
      C: { worstPain: 7 },
      D: { worstPain: 2 },
    } as const;
    const result = scoreQuiz(answers(overrides[category]));
    expect(result.category).toBe(category);
    expect(result.outcome).toBe("candidate");
    expect(offersProgram(result.outcome)).toBe(true);
  });

  it("the neutral answer set is an unclear-pattern candidate in category D", () => {
    expect(scoreQuiz(answers())).toEqual({
      version: 1,
      outcome: "candidate",
      type: "unclear",
      runnerUp: "flexion",
      scores: scores(2, 1, 0, 0),
      category: "D",
      redFlags: [],
      softFlags: [],
    });
  });
});

describe("category A–D", () => {
  const category = (overrides: Partial<FullQuizAnswers>) => categorize(answers(overrides));

  describe("B: extreme pain, can't manage daily tasks, or worse with everything", () => {
    it.each([9, 10])("worst pain %i is B even when stable", (worstPain) => {
      expect(category({ worstPain, activityResponse: "stable" })).toBe("B");
    });

    it("worst pain 8 and stable is not B", () => {
      expect(category({ worstPain: 8, activityResponse: "stable" })).toBe("C");
    });

    it.each(["difficult", "no"] as const)(
      'walking, getting up and dressing answered "%s" is B even with mild pain',
      (dailyFunction) => {
        expect(category({ dailyFunction, worstPain: 1 })).toBe("B");
      },
    );

    it("pain worse with any and all activity is B even with mild pain", () => {
      expect(category({ activityResponse: "worseWithAll", worstPain: 2 })).toBe("B");
    });

    it("B beats A: severe pain after a recent injury is B", () => {
      expect(category({ worstPain: 9, recentInjury: "yes" })).toBe("B");
      expect(category({ dailyFunction: "difficult", recentInjury: "yes" })).toBe("B");
      expect(category({ activityResponse: "worseWithAll", recentInjury: "yes" })).toBe("B");
    });
  });

  describe("A: a specific injury in the last 2 weeks", () => {
    it("a recent injury is A", () => {
      expect(category({ recentInjury: "yes", worstPain: 3 })).toBe("A");
    });

    it("A beats C: a recent injury with 7–8 stable pain is A", () => {
      expect(category({ recentInjury: "yes", worstPain: 8, activityResponse: "stable" })).toBe("A");
    });

    it("A beats D: a recent injury with pain easing on movement is A", () => {
      expect(
        category({ recentInjury: "yes", worstPain: 4, activityResponse: "easesWithMovement" }),
      ).toBe("A");
    });
  });

  describe("C: moderate–severe pain, stable with activity", () => {
    it.each([7, 8])("worst pain %i and stable is C without any worse trigger", (worstPain) => {
      expect(category({ worstPain, activityResponse: "stable" })).toBe("C");
    });

    it.each([5, 6])("worst pain %i and stable with a worse trigger is C", (worstPain) => {
      expect(category({ worstPain, sittingBending: "worse" })).toBe("C");
    });

    it.each(["sittingBending", "standingArching", "liftingImpact"] as const)(
      '"worse" on %s alone counts as a worse trigger',
      (key) => {
        expect(category({ worstPain: 5, [key]: "worse" })).toBe("C");
      },
    );

    it.each([5, 6])("worst pain %i and stable with no worse trigger is D", (worstPain) => {
      expect(
        category({
          worstPain,
          sittingBending: "better",
          standingArching: "none",
          liftingImpact: "better",
        }),
      ).toBe("D");
    });

    it('frequent sudden catches are not a "worse" trigger', () => {
      expect(category({ worstPain: 6, suddenMoves: "often" })).toBe("D");
    });

    it("worst pain 4 with a worse trigger is D, not C", () => {
      expect(category({ worstPain: 4, sittingBending: "worse", liftingImpact: "worse" })).toBe("D");
    });

    it.each([5, 7])(
      "worst pain %i easing with movement is D even with a worse trigger",
      (worstPain) => {
        expect(
          category({ worstPain, activityResponse: "easesWithMovement", sittingBending: "worse" }),
        ).toBe("D");
      },
    );
  });

  describe("D: everything else", () => {
    it.each([0, 2, 4])("mild pain %i, stable, is D", (worstPain) => {
      expect(category({ worstPain, activityResponse: "stable" })).toBe("D");
    });

    it("severe pain (8) that improves with activity is D", () => {
      expect(category({ worstPain: 8, activityResponse: "easesWithMovement" })).toBe("D");
    });
  });
});

describe("soft flags (advice only)", () => {
  it.each([
    [{ ageBand: "under20" }, ["ageOutside20to50"]],
    [{ ageBand: "over50" }, ["ageOutside20to50"]],
    [{ legSymptoms: "oneLeg" }, ["oneLegSymptoms"]],
    [{ legSymptoms: "bothLegs" }, ["bothLegsSymptoms"]],
    [{ duration: "6to12w" }, ["slowToSettle"]],
    [{ duration: "over3m" }, ["chronic"]],
  ] as const)("%o gives %o", (overrides, expected) => {
    expect(softFlagsFor(answers(overrides))).toEqual(expected);
  });

  it("20–50, no leg symptoms and under 6 weeks gives none", () => {
    expect(softFlagsFor(answers())).toEqual([]);
  });

  it("several flags are all reported", () => {
    expect(
      softFlagsFor(answers({ ageBand: "over50", legSymptoms: "oneLeg", duration: "over3m" })),
    ).toEqual(["ageOutside20to50", "oneLegSymptoms", "chronic"]);
  });

  it("soft flags never change the outcome, type or category", () => {
    const plain = scoreQuiz(answersForType("extension"));
    const flagged = scoreQuiz(
      answersForType("extension", {
        ageBand: "over50",
        legSymptoms: "bothLegs",
        duration: "over3m",
      }),
    );
    expect(flagged.softFlags).toEqual(["ageOutside20to50", "bothLegsSymptoms", "chronic"]);
    expect({ ...flagged, softFlags: [] }).toEqual(plain);
    expect(flagged.outcome).toBe("candidate");
  });
});

describe("test-answers builder", () => {
  it.each(TYPE_IDS)("answersForType(%s) is a clear-win candidate in category D", (type) => {
    const result = scoreQuiz(answersForType(type));
    expect(result).toMatchObject({ outcome: "candidate", type, runnerUp: null, category: "D" });
    expect(CLEAR_TYPE_ANSWERS[type].worstTrigger).toBe(type);
  });
});
