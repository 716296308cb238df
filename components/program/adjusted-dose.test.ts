import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { exerciseById } from "@/lib/program/exercises";
import { todaysSession } from "@/lib/program/today";
import { ExerciseCard } from "./exercise-card";
import { TodaysSessionList } from "./todays-session";

// An adjusted dose (docs/product.md §4, "Adjusted doses") is shown with where it came from;
// an unadjusted one keeps the plan's own words only.

const catCamel = exerciseById("cat-camel");

describe("ExerciseCard", () => {
  it("shows the adjusted dose under the plan's, saying where it came from", () => {
    const html = renderToStaticMarkup(
      createElement(ExerciseCard, {
        exercise: catCamel,
        idPrefix: "p",
        adjustedDoseText: "10 reps",
      }),
    );
    expect(html).toContain(catCamel.doseText);
    expect(html).toMatch(/10 reps, adjusted from\s+your last sessions/);
  });

  it("shows only the plan's dose when nothing is adjusted", () => {
    const html = renderToStaticMarkup(
      createElement(ExerciseCard, { exercise: catCamel, idPrefix: "p" }),
    );
    expect(html).toContain(catCamel.doseText);
    expect(html).not.toContain("adjusted");
  });
});

describe("TodaysSessionList", () => {
  const session = todaysSession({
    type: "flexion",
    phase: 1,
    date: "2026-11-23",
    recentSessions: [],
  });
  const rotating = session.rotatingIds[0]!;

  it("shows today's adjusted doses in place of the plan's words", () => {
    const html = renderToStaticMarkup(
      createElement(TodaysSessionList, { session, adjustedDoseTexts: { [rotating]: "9 reps" } }),
    );
    expect(html).toContain("9 reps, adjusted from your last sessions");
    expect(html).not.toContain(exerciseById(rotating).doseText);
    expect(html).toContain(exerciseById(session.dailyIds[0]!).doseText);
  });
});
