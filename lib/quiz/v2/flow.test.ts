import { describe, expect, it } from "vitest";
import { RED_FLAG_KEYS } from "@/lib/safety/red-flags";
import { isCompleteV2, reachableAnswersV2, visibleKeysV2 } from "./flow";
import { QuizV2AnswersSchema } from "./schema";
import { ALL_GATE_NO_V2, candidateV2 } from "./test-answers";

describe("visibleKeysV2", () => {
  it("asks all eight gate questions before stopping at any yes", () => {
    expect(visibleKeysV2({ caudaEquina: "yes" })).toEqual([...RED_FLAG_KEYS]);
  });

  it("stops after the age question for under-16s", () => {
    expect(visibleKeysV2({ ...ALL_GATE_NO_V2, ageBand: "under16" }).at(-1)).toBe("ageBand");
  });

  it("asks the NG65 screen only for pain over 3 months, and the features only if it started before 45", () => {
    const keys = (extra: object) =>
      visibleKeysV2({ ...ALL_GATE_NO_V2, ageBand: "20to50", ...extra });
    expect(keys({ duration: "6to12w" })).not.toContain("startedBefore45");
    expect(keys({ duration: "over3m" })).toContain("startedBefore45");
    expect(keys({ duration: "over3m", startedBefore45: "no" })).not.toContain("ibpFeatures");
    expect(keys({ duration: "over3m", startedBefore45: "yes" })).toContain("ibpFeatures");
  });

  it("re-asks the both-legs question after 'both legs' and stops on a yes", () => {
    const path = visibleKeysV2(candidateV2({ legSymptoms: "bothLegs", legsNeuroRecheck: "yes" }));
    expect(path.at(-1)).toBe("legsNeuroRecheck");
    expect(visibleKeysV2(candidateV2({ legSymptoms: "oneLeg" }))).not.toContain("legsNeuroRecheck");
  });

  it("stops after circumstances for recent back surgery", () => {
    expect(visibleKeysV2(candidateV2({ circumstances: ["recentSurgery"] })).at(-1)).toBe(
      "circumstances",
    );
  });

  it("drops answers left off the path and knows when the set is complete", () => {
    const draft = { ...candidateV2(), caudaEquina: "yes" as const };
    expect(isCompleteV2(draft)).toBe(true);
    expect(Object.keys(reachableAnswersV2(draft))).toEqual([...RED_FLAG_KEYS]);
    expect(isCompleteV2({ ...ALL_GATE_NO_V2 })).toBe(false);
  });
});

describe("QuizV2AnswersSchema", () => {
  it("accepts a complete candidate, coercing form strings", () => {
    const parsed = QuizV2AnswersSchema.safeParse({
      ...candidateV2(),
      worstPain: "5",
      circumstances: "pregnant",
    });
    expect(parsed.success && parsed.data).toMatchObject({
      worstPain: 5,
      circumstances: ["pregnant"],
    });
  });

  it("reports every unanswered question and every answer off the path", () => {
    const parsed = QuizV2AnswersSchema.safeParse({ ...ALL_GATE_NO_V2, ibpFeatures: ["before35"] });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path[0]);
    expect(paths).toContain("ageBand");
    expect(paths).toContain("ibpFeatures");
  });

  it("reads a multi-select that sent nothing as 'none of these'", () => {
    const { circumstances: _c, ...sentNothing } = candidateV2();
    void _c;
    const parsed = QuizV2AnswersSchema.safeParse(sentNothing);
    expect(parsed.success && parsed.data.circumstances).toEqual([]);
  });

  it("refuses unknown keys, unknown values and repeated multi-select values", () => {
    expect(QuizV2AnswersSchema.safeParse({ ...candidateV2(), bladderBowel: "no" }).success).toBe(
      false,
    );
    expect(QuizV2AnswersSchema.safeParse({ ...candidateV2(), worstTrigger: "other" }).success).toBe(
      false,
    );
    expect(
      QuizV2AnswersSchema.safeParse({ ...candidateV2(), circumstances: ["pregnant", "pregnant"] })
        .success,
    ).toBe(false);
    expect(QuizV2AnswersSchema.safeParse({ ...candidateV2(), worstPain: "11" }).success).toBe(
      false,
    );
  });
});
