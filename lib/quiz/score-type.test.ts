// Version-1 type scoring and assignment (docs/product.md, version-1 appendix); the gate,
// outcome, category and soft flags are in score.test.ts.
import { describe, expect, it } from "vitest";

import { assignType, scoreQuiz, typeScores } from "./score";
import { answers, answersForType } from "./test-answers";
import {
  SUDDEN_MOVES,
  TRIGGER_RESPONSES,
  TYPE_IDS,
  type FullQuizAnswers,
  type TypeId,
} from "./types";

const scores = (flexion: number, extension: number, instability: number, load: number) => ({
  flexion,
  extension,
  instability,
  load,
});

describe("type scores (docs/product.md scoring table)", () => {
  // Each row is measured against a baseline where that item scores nothing,
  // so the difference is exactly what the row adds.
  const baseline = answers({ worstTrigger: "load", bestRelief: "load" });
  const delta = (overrides: Partial<FullQuizAnswers>) => {
    const before = typeScores(baseline);
    const after = typeScores({ ...baseline, ...overrides });
    return scores(
      after.flexion - before.flexion,
      after.extension - before.extension,
      after.instability - before.instability,
      after.load - before.load,
    );
  };

  it.each([
    ["sitting/bending worse → F+2", { sittingBending: "worse" }, scores(2, 0, 0, 0)],
    ["sitting/bending better → E+1", { sittingBending: "better" }, scores(0, 1, 0, 0)],
    ["standing/arching worse → E+2", { standingArching: "worse" }, scores(0, 2, 0, 0)],
    ["standing/arching better → F+1", { standingArching: "better" }, scores(1, 0, 0, 0)],
    ["sudden moves often → I+2", { suddenMoves: "often" }, scores(0, 0, 2, 0)],
    ["sudden moves sometimes → I+1", { suddenMoves: "sometimes" }, scores(0, 0, 1, 0)],
    ["lifting/impact worse → L+2", { liftingImpact: "worse" }, scores(0, 0, 0, 2)],
    ["lifting/impact better → nothing", { liftingImpact: "better" }, scores(0, 0, 0, 0)],
  ] as const)("%s", (_, overrides, expected) => {
    expect(delta(overrides)).toEqual(expected);
  });

  it('"no effect" and "never" add nothing', () => {
    expect(typeScores(baseline)).toEqual(scores(0, 0, 0, 3));
  });

  it.each(TYPE_IDS)('"which is worst" gives %s +2 and "what eases most" gives it +1', (type) => {
    const other: TypeId = type === "flexion" ? "load" : "flexion";
    const base = { ...baseline, worstTrigger: other, bestRelief: other };
    const before = typeScores(base)[type];
    expect(typeScores({ ...base, worstTrigger: type })[type] - before).toBe(2);
    expect(typeScores({ ...base, bestRelief: type })[type] - before).toBe(1);
  });

  it("all items add up", () => {
    expect(
      typeScores({
        sittingBending: "worse",
        standingArching: "worse",
        suddenMoves: "sometimes",
        liftingImpact: "worse",
        worstTrigger: "extension",
        bestRelief: "instability",
      }),
    ).toEqual(scores(2, 4, 2, 2));
  });
});

describe("type assignment", () => {
  describe("a clear winner (top ≥ 3, leading by ≥ 2)", () => {
    it.each([
      ["flexion", scores(6, 0, 0, 0)],
      ["extension", scores(0, 6, 0, 0)],
      ["instability", scores(0, 0, 5, 0)],
      ["load", scores(0, 0, 0, 5)],
    ] as const)("%s wins clearly", (type, expected) => {
      const result = scoreQuiz(answersForType(type));
      expect(result.scores).toEqual(expected);
      expect(result.type).toBe(type);
      expect(result.runnerUp).toBeNull();
    });

    it("a lead of exactly 2 is enough, and the runner-up is kept", () => {
      // F: sitting worse 2 + worst 2 = 4; L: lifting worse 2; I: eases 1.
      const result = scoreQuiz(
        answers({
          sittingBending: "worse",
          liftingImpact: "worse",
          worstTrigger: "flexion",
          bestRelief: "instability",
        }),
      );
      expect(result.scores).toEqual(scores(4, 0, 1, 2));
      expect(result.type).toBe("flexion");
      expect(result.runnerUp).toBe("load");
    });

    it("a top of exactly 3 leading by 2 is enough (synthetic scores)", () => {
      expect(assignType(scores(0, 3, 1, 0), "extension", "instability")).toEqual({
        type: "extension",
        runnerUp: "instability",
      });
    });

    it("a clear winner does not need to be named by either tie-break question", () => {
      expect(assignType(scores(5, 0, 0, 2), "load", "load").type).toBe("flexion");
    });
  });

  describe("unclear (top < 3)", () => {
    it("a top of 2 is unclear, keeping the leading type as runner-up", () => {
      const result = scoreQuiz(answers({ worstTrigger: "load", bestRelief: "instability" }));
      expect(result.scores).toEqual(scores(0, 0, 1, 2));
      expect(result.type).toBe("unclear");
      expect(result.runnerUp).toBe("load");
    });

    it("a top of 2 is unclear even with a 2-point lead (synthetic scores)", () => {
      expect(assignType(scores(2, 0, 0, 0), "flexion", "flexion")).toEqual({
        type: "unclear",
        runnerUp: "flexion",
      });
    });

    it("all zero is unclear with no runner-up (synthetic scores)", () => {
      expect(assignType(scores(0, 0, 0, 0), "flexion", "load")).toEqual({
        type: "unclear",
        runnerUp: null,
      });
    });
  });

  describe("tie-break: which is worst, then what eases", () => {
    it('an exact tie at the top goes to the type named by "which is worst"', () => {
      // F: sitting worse 2 + standing better 1 + eases 1 = 4; I: often 2 + worst 2 = 4.
      const result = scoreQuiz(
        answers({
          sittingBending: "worse",
          standingArching: "better",
          suddenMoves: "often",
          worstTrigger: "instability",
          bestRelief: "flexion",
        }),
      );
      expect(result.scores).toEqual(scores(4, 0, 4, 0));
      expect(result.type).toBe("instability");
      expect(result.runnerUp).toBe("flexion");
    });

    it('a lead of only 1 is broken by "which is worst", even for the type 1 point behind', () => {
      // F: 2 + 1 + eases 1 = 4; I: sometimes 1 + worst 2 = 3; L: 2.
      const result = scoreQuiz(
        answers({
          sittingBending: "worse",
          standingArching: "better",
          suddenMoves: "sometimes",
          liftingImpact: "worse",
          worstTrigger: "instability",
          bestRelief: "flexion",
        }),
      );
      expect(result.scores).toEqual(scores(4, 0, 3, 2));
      expect(result.type).toBe("instability");
      expect(result.runnerUp).toBe("flexion");
    });

    it('when "which is worst" names no contender, "what eases most" decides', () => {
      // F: sitting worse 2 + standing better 1 = 3; I: often 2 + eases 1 = 3;
      // L: worst 2, within 1 of the top but below 3, so not a contender.
      const result = scoreQuiz(
        answers({
          sittingBending: "worse",
          standingArching: "better",
          suddenMoves: "often",
          worstTrigger: "load",
          bestRelief: "instability",
        }),
      );
      expect(result.scores).toEqual(scores(3, 0, 3, 2));
      expect(result.type).toBe("instability");
      expect(result.runnerUp).toBe("flexion");
    });

    it("a tie-break never assigns a type with fewer than 3 points", () => {
      // F 3 leads L 2 by only 1; "worst" names L (2 points), "eases" names F.
      const result = scoreQuiz(
        answers({
          sittingBending: "worse",
          standingArching: "worse",
          suddenMoves: "often",
          worstTrigger: "load",
          bestRelief: "flexion",
        }),
      );
      expect(result.scores).toEqual(scores(3, 2, 2, 2));
      expect(result.type).toBe("flexion");
    });

    it('"what eases" breaks a tie on synthetic scores where "worst" is far behind', () => {
      expect(assignType(scores(4, 0, 4, 1), "load", "flexion")).toEqual({
        type: "flexion",
        runnerUp: "instability",
      });
    });

    it('"which is worst" beats "what eases" when both name a contender', () => {
      expect(assignType(scores(4, 0, 4, 0), "instability", "flexion").type).toBe("instability");
    });
  });

  describe("mixed", () => {
    it("still tied after both tie-breaks is mixed, keeping the leading type", () => {
      // F: sitting worse 2 + standing better 1 = 3; E: worst 2; I: often 2; L: eases 1.
      // F does not lead by 2, and neither question names a contender.
      const result = scoreQuiz(
        answers({
          sittingBending: "worse",
          standingArching: "better",
          suddenMoves: "often",
          worstTrigger: "extension",
          bestRelief: "load",
        }),
      );
      expect(result.scores).toEqual(scores(3, 2, 2, 1));
      expect(result.type).toBe("mixed");
      expect(result.runnerUp).toBe("flexion");
    });

    it("an exact tie neither question names is mixed (synthetic scores)", () => {
      expect(assignType(scores(4, 4, 1, 0), "instability", "load")).toEqual({
        type: "mixed",
        runnerUp: "flexion",
      });
      expect(assignType(scores(0, 0, 5, 5), "flexion", "extension").type).toBe("mixed");
    });

    it("flexion and extension both 4 or more is mixed, even with a clear lead", () => {
      expect(assignType(scores(6, 4, 0, 0), "flexion", "flexion")).toEqual({
        type: "mixed",
        runnerUp: "flexion",
      });
      expect(assignType(scores(4, 4, 0, 0), "flexion", "extension").type).toBe("mixed");
    });

    it("flexion 4 with extension 3 is not forced to mixed", () => {
      expect(assignType(scores(4, 3, 0, 0), "flexion", "flexion").type).toBe("flexion");
    });

    it("no version-1 answers reach flexion and extension both ≥ 4 (they sum to at most 7)", () => {
      let highest = 0;
      for (const typeAnswers of allTypeAnswers()) {
        const s = typeScores(typeAnswers);
        highest = Math.max(highest, s.flexion + s.extension);
      }
      expect(highest).toBe(7);
    });
  });

  describe("runner-up", () => {
    it("is the next-best type by score", () => {
      expect(assignType(scores(5, 1, 2, 0), "flexion", "flexion").runnerUp).toBe("instability");
    });

    it('among equal scores, prefers the type named by "which is worst", then "what eases"', () => {
      expect(assignType(scores(6, 1, 1, 1), "load", "extension").runnerUp).toBe("load");
      expect(assignType(scores(6, 1, 1, 1), "flexion", "instability").runnerUp).toBe("instability");
      expect(assignType(scores(6, 1, 1, 1), "flexion", "flexion").runnerUp).toBe("extension");
    });
  });

  describe("every version-1 combination of type answers (1,296)", () => {
    const all = [...allTypeAnswers()];

    it("covers the whole answer space", () => {
      expect(all).toHaveLength(3 * 3 * 3 * 3 * 4 * 4);
    });

    it("assigns a type only with at least 3 points and at most 1 point behind the top", () => {
      for (const typeAnswers of all) {
        const s = typeScores(typeAnswers);
        const { type } = assignType(s, typeAnswers.worstTrigger, typeAnswers.bestRelief);
        const top = Math.max(...Object.values(s));
        if (isTypeId(type)) {
          expect(s[type]).toBeGreaterThanOrEqual(3);
          expect(s[type]).toBeGreaterThanOrEqual(top - 1);
        }
        expect(type === "unclear").toBe(top < 3);
      }
    });

    it("reaches every result type, and both tie-break questions decide some results", () => {
      const seen = new Set<string>();
      let decidedByEases = 0;
      for (const typeAnswers of all) {
        const s = typeScores(typeAnswers);
        const { type } = assignType(s, typeAnswers.worstTrigger, typeAnswers.bestRelief);
        seen.add(type);
        const sorted = Object.values(s).sort((a, b) => b - a);
        const clear = (sorted[0] ?? 0) - (sorted[1] ?? 0) >= 2;
        if (!clear && type === typeAnswers.bestRelief && type !== typeAnswers.worstTrigger) {
          decidedByEases += 1;
        }
      }
      expect([...seen].sort()).toEqual([
        "extension",
        "flexion",
        "instability",
        "load",
        "mixed",
        "unclear",
      ]);
      expect(decidedByEases).toBeGreaterThan(0);
    });
  });
});

function isTypeId(value: string): value is TypeId {
  return TYPE_IDS.some((type) => type === value);
}

function* allTypeAnswers(): Generator<Parameters<typeof typeScores>[0]> {
  for (const sittingBending of TRIGGER_RESPONSES)
    for (const standingArching of TRIGGER_RESPONSES)
      for (const suddenMoves of SUDDEN_MOVES)
        for (const liftingImpact of TRIGGER_RESPONSES)
          for (const worstTrigger of TYPE_IDS)
            for (const bestRelief of TYPE_IDS)
              yield {
                sittingBending,
                standingArching,
                suddenMoves,
                liftingImpact,
                worstTrigger,
                bestRelief,
              };
}

// Keeps the builder honest: CLEAR_TYPE_ANSWERS is what other suites rely on.
