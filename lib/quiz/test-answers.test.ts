import { describe, expect, it } from "vitest";

import { QuizAnswersSchema } from "./schema";
import { scoreQuiz } from "./score";
import { NEUTRAL_ANSWERS, answers, gateStopped, quizScreens } from "./test-answers";

// Other suites (integration, e2e) build on these helpers, so pin what they promise.
describe("test-answers helpers", () => {
  it("the neutral set is valid and triggers nothing", () => {
    expect(QuizAnswersSchema.parse(NEUTRAL_ANSWERS)).toEqual(NEUTRAL_ANSWERS);
    expect(scoreQuiz(answers())).toMatchObject({
      outcome: "candidate",
      type: "unclear",
      category: "D",
      redFlags: [],
      softFlags: [],
    });
  });

  it("answers() applies overrides without touching the neutral set", () => {
    expect(answers({ worstPain: 9 }).worstPain).toBe(9);
    expect(NEUTRAL_ANSWERS.worstPain).toBe(3);
  });

  it("quizScreens lists each screen with the option label to pick", () => {
    const screens = quizScreens(gateStopped("infection"));
    expect(screens.map((s) => [s.key, s.optionLabel])).toEqual([
      ["bladderBowel", "No"],
      ["bothLegs", "No"],
      ["infection", "Yes"],
    ]);
  });

  it("quizScreens includes the recheck, answered no, when both legs are chosen", () => {
    const screens = quizScreens(answers({ legSymptoms: "bothLegs", worstPain: 6 }));
    expect(screens).toHaveLength(20);
    const legs = screens.findIndex((s) => s.key === "legSymptoms");
    expect(screens[legs]?.optionLabel).toBe("Yes, in both legs");
    expect(screens[legs + 1]).toMatchObject({ key: "bothLegs", recheck: true, optionLabel: "No" });
    expect(screens.find((s) => s.key === "worstPain")?.optionLabel).toBe("6");
  });
});
