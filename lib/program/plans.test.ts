import { describe, expect, it } from "vitest";
import { EXERCISES, getExercise } from "./exercises";
import { flareUpPlan, getPlan, getPlans } from "./plans";
import { RESULT_TYPE_COPY } from "@/lib/quiz/copy";
import { PHASES, PLAN_TYPES } from "./types";

const ALL_PLANS = PLAN_TYPES.flatMap((type) => PHASES.map((phase) => getPlan(type, phase)));

describe("plans", () => {
  it("exist for every type and phase", () => {
    expect(ALL_PLANS).toHaveLength(18);
    for (const plan of ALL_PLANS) {
      expect(plan.title).toContain(`phase ${plan.phase}`);
      expect(plan.goal.trim()).not.toBe("");
      expect(plan.avoidEarly.length).toBeGreaterThan(0);
      expect(plan.dailyHabits.length).toBeGreaterThan(0);
    }
    expect(getPlans("load").map((p) => p.phase)).toEqual([1, 2, 3]);
  });

  it("reference only exercises that exist, without repeats", () => {
    for (const plan of ALL_PLANS) {
      expect(new Set(plan.exerciseIds).size, plan.title).toBe(plan.exerciseIds.length);
      for (const id of plan.exerciseIds) {
        expect(getExercise(id), `${plan.title}: ${id}`).toBeDefined();
      }
    }
  });

  it("use every exercise in at least one plan", () => {
    const used = new Set(ALL_PLANS.flatMap((p) => p.exerciseIds));
    for (const exercise of EXERCISES) expect(used.has(exercise.id), exercise.id).toBe(true);
  });

  it("agree exactly with each exercise's type and phase tags", () => {
    for (const exercise of EXERCISES) {
      for (const type of PLAN_TYPES) {
        for (const phase of PHASES) {
          const tagged = exercise.types.includes(type) && exercise.phases.includes(phase);
          const listed = getPlan(type, phase).exerciseIds.includes(exercise.id);
          expect(listed, `${exercise.id} in ${type} phase ${phase}`).toBe(tagged);
        }
      }
    }
  });

  it("always include walking in phase 1", () => {
    for (const type of PLAN_TYPES) {
      expect(getPlan(type, 1).exerciseIds).toContain("walk-short-bouts");
    }
  });

  it("bring in the hip hinge in phase 2 and lifting and carrying in phase 3", () => {
    for (const type of PLAN_TYPES) {
      expect(getPlan(type, 2).exerciseIds).toContain("hip-hinge-dowel");
      expect(getPlan(type, 3).exerciseIds).toEqual(
        expect.arrayContaining(["suitcase-carry", "deadlift-from-blocks", "task-rehearsal"]),
      );
    }
  });

  it.each([
    ["flexion", ["curl-up", "side-bridge-knees", "bird-dog", "hip-hinge-dowel", "prone-on-elbows"]],
    ["extension", ["posterior-pelvic-tilt", "knee-hugs", "quadruped-rock-back", "glute-bridge"]],
    ["instability", ["abdominal-bracing", "heel-slides", "bent-knee-fall-outs", "pallof-hold"]],
    ["load", ["sitting-breaks", "brace-before-standing", "hip-hinge-load-close"]],
  ] as const)("give %s backs the exercises the product names", (type, expected) => {
    const ids = getPlans(type).flatMap((p) => p.exerciseIds);
    expect(ids).toEqual(expect.arrayContaining([...expected]));
  });

  it("suggest an in-person assessment for a mixed pattern", () => {
    const text = [getPlan("mixed", 1).goal, ...getPlan("mixed", 1).dailyHabits].join(" ");
    expect(text).toMatch(/assessment/i);
  });

  it("warn flexion backs off heavy bending soon after waking and extension backs off long standing", () => {
    expect(getPlan("flexion", 1).avoidEarly.join(" ")).toMatch(/after waking/);
    expect(getPlan("extension", 1).avoidEarly.join(" ")).toMatch(/Standing still/);
  });
});

describe("flare-up plans", () => {
  it.each(PLAN_TYPES.map((t) => [t]))("%s uses only its own phase-1 exercises", (type) => {
    const plan = flareUpPlan(type);
    const phase1 = getPlan(type, 1).exerciseIds;
    expect(plan.exerciseIds.length).toBeGreaterThan(0);
    for (const id of plan.exerciseIds) expect(phase1).toContain(id);
    expect(plan.exerciseIds).toContain("walk-short-bouts");
  });

  it("recommend relative rest, never bed rest, and say when to get assessed", () => {
    for (const type of PLAN_TYPES) {
      const plan = flareUpPlan(type);
      const text = plan.nextFewDays.join(" ");
      expect(text).toMatch(/relative rest, not bed rest/);
      expect(text).toMatch(/walk/);
      expect(plan.getAssessedIf.join(" ")).not.toMatch(/bladder|both legs|fever/);
      expect(plan.getAssessedIf.join(" ")).toMatch(/physiotherapist or GP/);
    }
  });

  describe("messages (docs/product.md §4)", () => {
    const texts = [
      ...ALL_PLANS.flatMap((p) => [p.goal, ...p.avoidEarly, ...p.dailyHabits]),
      ...PLAN_TYPES.flatMap((t) => {
        const f = flareUpPlan(t);
        return [f.summary, ...f.nextFewDays, ...f.getAssessedIf];
      }),
      ...EXERCISES.flatMap((e) => [
        e.name,
        e.purpose,
        e.doseText,
        ...e.steps,
        e.feel,
        ...e.cautions,
      ]),
      ...Object.values(RESULT_TYPE_COPY).flatMap((c) => [c.summary, ...c.eases, c.plan]),
    ];

    it.each([
      ["a lift or movement that is only safe one way", /every (safe )?lift\b|safe lift/i],
      [
        "bracing before every move or for ever",
        /brace (before|for) every\b|until it becomes automatic/i,
      ],
      [
        "structural claims about a fragile spine",
        /discs? (are|is) (most )?sensitive|pull the lower back|feeling loose/i,
      ],
      [
        "a straight back as the only way to bend",
        /(long|straight) back\b(?! to)|neutral spine|not the lower back/i,
      ],
    ])("never teach %s", (_, pattern) => {
      expect(texts.filter((t) => pattern.test(t))).toEqual([]);
    });

    it("phase 3 brings back what each type was told to go easy on", () => {
      const returns: Record<string, readonly string[]> = {
        flexion: ["bend-forward-return"],
        extension: ["back-bend-return", "overhead-reach"],
        instability: ["quick-turns-return"],
        mixed: ["bend-forward-return", "back-bend-return"],
      };
      for (const [type, ids] of Object.entries(returns)) {
        const plan = ALL_PLANS.find((p) => p.type === type && p.phase === 3);
        expect(plan?.exerciseIds).toEqual(expect.arrayContaining([...ids]));
      }
    });

    it("keeps the bracing drills to phase 1", () => {
      for (const id of ["abdominal-bracing", "brace-before-standing"]) {
        expect(getExercise(id)?.phases).toEqual([1]);
      }
    });

    it("gives every loaded lift and carry a starting weight, and the deadlift a coach", () => {
      for (const id of [
        "suitcase-carry",
        "farmer-carry",
        "goblet-squat-to-box",
        "deadlift-from-blocks",
      ]) {
        expect(getExercise(id)?.doseText, id).toMatch(/kg/);
      }
      expect(getExercise("deadlift-from-blocks")?.cautions.join(" ")).toMatch(
        /physiotherapist or a qualified coach/,
      );
    });
  });
});
