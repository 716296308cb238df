import { describe, expect, it } from "vitest";
import { adaptExerciseIds, adaptPlan, circumstancesFromAnswers } from "./circumstances";
import { exerciseById } from "./exercises";
import { getPlans } from "./plans";
import { PLAN_TYPES } from "./types";

const PRONE = ["prone-lying", "prone-on-elbows"];

describe("circumstancesFromAnswers", () => {
  it("reads version-2 answers and treats version 1 (or anything odd) as none", () => {
    expect(circumstancesFromAnswers({ circumstances: ["osteoporosis", "pregnant"] })).toEqual([
      "pregnant",
      "osteoporosis",
    ]);
    expect(circumstancesFromAnswers({ bladderBowel: "no" })).toEqual([]);
    expect(circumstancesFromAnswers({ circumstances: "pregnant" })).toEqual([]);
    expect(circumstancesFromAnswers(null)).toEqual([]);
  });
});

describe("adaptExerciseIds", () => {
  it("gives a pregnant member no lying on the front and no curl-ups, in any plan or phase, and says why", () => {
    for (const type of PLAN_TYPES) {
      for (const plan of getPlans(type)) {
        const { plan: adapted, swaps } = adaptPlan(plan, ["pregnant"]);
        expect(adapted.exerciseIds.filter((id) => [...PRONE, "curl-up"].includes(id))).toEqual([]);
        for (const swap of swaps) expect(swap.reason).toMatch(/pregnant/);
        for (const id of adapted.exerciseIds) expect(exerciseById(id).id).toBe(id);
      }
    }
  });

  it("gives osteoporosis no knee hugs, rock-backs, curl-ups, deep roll-downs, quick twists or loaded deadlifts", () => {
    for (const type of PLAN_TYPES) {
      for (const plan of getPlans(type)) {
        const { ids } = adaptExerciseIds(plan.exerciseIds, ["osteoporosis"]);
        expect(
          ids.filter((id) =>
            [
              "knee-hugs",
              "quadruped-rock-back",
              "curl-up",
              "deadlift-from-blocks",
              "bend-forward-return",
              "quick-turns-return",
            ].includes(id),
          ),
        ).toEqual([]);
      }
    }
  });

  it("chains swaps for both circumstances and never lists an exercise twice", () => {
    const { ids, swaps } = adaptExerciseIds(
      ["prone-lying", "prone-on-elbows", "cat-camel"],
      ["pregnant", "osteoporosis"],
    );
    expect(ids).toEqual(["bird-dog"]);
    expect(swaps.length).toBeGreaterThanOrEqual(3);
  });

  it("changes nothing without circumstances, or for recent surgery alone", () => {
    expect(adaptExerciseIds(["prone-lying"], [])).toEqual({ ids: ["prone-lying"], swaps: [] });
    expect(adaptExerciseIds(["prone-lying"], ["recentSurgery"]).ids).toEqual(["prone-lying"]);
  });
});
