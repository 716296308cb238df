import { describe, expect, it } from "vitest";
import { ALL_GATE_NO_V2, candidateV2 } from "@/lib/quiz/v2/test-answers";
import { clampIndex, sanitizeDraft } from "./quiz-storage";

describe("restoring a saved version-2 quiz draft", () => {
  it("keeps every allowed answer of a full set, multi-selects included", () => {
    const full = candidateV2({ worstPain: 7, legSymptoms: "oneLeg", circumstances: ["pregnant"] });
    expect(sanitizeDraft(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it("drops unknown keys, values the quiz does not offer, and a stored result", () => {
    const restored = sanitizeDraft({
      caudaEquina: "no",
      legsNeuro: "maybe",
      bladderBowel: "no",
      worstPain: "7",
      circumstances: ["pregnant", "pregnant"],
      outcome: "candidate",
      type: "flexion",
    });
    expect(restored).toEqual({ caudaEquina: "no" });
  });

  it("drops answers off the path, which the server would reject", () => {
    expect(Object.keys(sanitizeDraft({ ...candidateV2(), trauma: "yes" }))).toHaveLength(8);
  });

  it.each([null, undefined, "text", 42, []])("turns %j into an empty draft", (raw) => {
    expect(sanitizeDraft(raw)).toEqual({});
  });

  it("never restores past the first unanswered question or off the end of the path", () => {
    expect(clampIndex({ caudaEquina: "no", legsNeuro: "no" }, 9)).toBe(2);
    expect(clampIndex({}, -3)).toBe(0);
    expect(clampIndex({}, "4")).toBe(0);
    expect(clampIndex(candidateV2(), 99)).toBe(22);
    expect(clampIndex({ ...ALL_GATE_NO_V2, caudaEquina: "yes" }, 12)).toBe(7);
  });
});
