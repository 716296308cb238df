import { describe, expect, it } from "vitest";
import { adjustedDoseTexts, dosesFor } from "./adjusted-doses";

describe("dosesFor", () => {
  const levels = {
    "cat-camel": { phase: 1 as const, level: 2, easyStreak: 0 },
    "knee-hugs": { phase: 2 as const, level: 1, easyStreak: 0 },
  };

  it("gives every known exercise its dose, adjusted only by a level stored in this phase", () => {
    const doses = dosesFor(["cat-camel", "knee-hugs", "walk-short-bouts", "no-such"], levels, 1);
    expect(Object.keys(doses)).toEqual(["cat-camel", "knee-hugs", "walk-short-bouts"]);
    expect(doses["cat-camel"]).toEqual({ dose: { reps: 10 }, doseText: "10 reps", adjusted: true });
    expect(doses["knee-hugs"]).toMatchObject({ doseText: "5 hugs of 20 seconds", adjusted: false });
    expect(doses["walk-short-bouts"]?.adjusted).toBe(false);
  });

  it("lists only the adjusted doses' words for the page", () => {
    expect(adjustedDoseTexts(dosesFor(["cat-camel", "knee-hugs"], levels, 1))).toEqual({
      "cat-camel": "10 reps",
    });
    expect(adjustedDoseTexts(dosesFor(["cat-camel", "knee-hugs"], levels, 2))).toEqual({
      "knee-hugs": "5 holds of 25 seconds",
    });
  });
});
