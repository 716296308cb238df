import { describe, expect, it } from "vitest";
import { answers, gateStopped } from "@/lib/quiz/test-answers";
import { clampIndex, sanitizeDraft } from "./quiz-storage";

describe("restoring a saved quiz draft", () => {
  it("keeps every allowed answer of a full set", () => {
    const full = answers({ worstPain: 7, legSymptoms: "oneLeg" });
    expect(sanitizeDraft(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it("drops unknown keys, values the quiz does not offer, and a stored result", () => {
    const restored = sanitizeDraft({
      bladderBowel: "no",
      bothLegs: "maybe",
      worstPain: "7",
      ageBand: "over50",
      outcome: "candidate",
      type: "flexion",
    });
    expect(restored).toEqual({ bladderBowel: "no", ageBand: "over50" });
  });

  it("drops answers past a safety yes, which the server would reject", () => {
    expect(sanitizeDraft({ ...answers(), cancer: "yes" })).toEqual(gateStopped("cancer"));
  });

  it.each([null, undefined, "text", 42, []])("turns %j into an empty draft", (raw) => {
    expect(sanitizeDraft(raw)).toEqual({});
  });

  it("never restores past the first unanswered question or off the end of the path", () => {
    expect(clampIndex({ bladderBowel: "no", bothLegs: "no" }, 9)).toBe(2);
    expect(clampIndex({ bladderBowel: "no" }, 1)).toBe(1);
    expect(clampIndex({}, -3)).toBe(0);
    expect(clampIndex({}, "4")).toBe(0);
    expect(clampIndex(answers(), 99)).toBe(18);
    expect(clampIndex(gateStopped("bladderBowel"), 5)).toBe(0);
  });
});
