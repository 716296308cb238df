import { describe, expect, it } from "vitest";
import type { FlareUpResult } from "@/lib/program/flare-up";
import { suggestPhaseChange } from "@/lib/program/phase";
import { nextSteps } from "./next-steps";

const today = "2025-05-31";
const assessment = { outcome: "candidate", createdAt: new Date("2025-05-20T09:00:00Z") };
const quiet: FlareUpResult = { status: "none", baseline: 4, threshold: 6, reason: "No flare-up." };
const notYet = suggestPhaseChange({ phase: 1, phaseStartedOn: "2025-05-20", today, sessions: [] });
const plan = { phase: 1, suggestion: notYet, flareUp: quiet };
const kinds = (fourWeek: Parameters<typeof nextSteps>[0]["fourWeek"]) =>
  nextSteps({ today, assessment, plan, fourWeek }).map((s) => s.kind);

describe("nextSteps: the four-week check on the dashboard", () => {
  it("suggests a clinician when pain rose or did not meaningfully fall", () => {
    expect(kinds({ verdict: "rose", change: 1.5 })).toEqual(["four-week-check"]);
    expect(kinds({ verdict: "noMeaningfulImprovement", change: -0.5 })).toEqual([
      "four-week-check",
    ]);
  });

  it("never prompts when pain is low or fell meaningfully, or without enough entries", () => {
    expect(kinds({ verdict: "low", change: 0 })).toEqual(["keep-going"]);
    expect(kinds({ verdict: "improved", change: -3 })).toEqual(["keep-going"]);
    expect(kinds(null)).toEqual(["keep-going"]);
  });

  it("ranks a flare-up above the four-week prompt", () => {
    const flare: FlareUpResult = {
      status: "flare-up",
      source: "rise",
      since: "2025-05-29",
      days: 3,
      baseline: 3,
      threshold: 5,
      reason: "Your worst pain has been high for 3 days.",
    };
    const steps = nextSteps({
      today,
      assessment,
      plan: { ...plan, flareUp: flare },
      fourWeek: { verdict: "rose", change: 2 },
    });
    expect(steps.map((s) => s.kind)).toEqual(["flare-up", "four-week-check"]);
  });
});

describe("nextSteps: progress cards when due", () => {
  const progress = (checkInDue: boolean, activitiesDue: boolean, neverCheckedIn = false) => ({
    checkInDue,
    neverCheckedIn,
    activitiesDue,
  });

  it("adds the weekly check-in and the activity re-rating after the other steps, only when due", () => {
    const steps = (p: ReturnType<typeof progress>) =>
      nextSteps({ today, assessment, plan, fourWeek: { verdict: "rose", change: 2 }, progress: p });
    expect(steps(progress(true, true)).map((s) => s.kind)).toEqual([
      "four-week-check",
      "weekly-check-in",
      "rate-activities",
    ]);
    expect(steps(progress(false, false)).map((s) => s.kind)).toEqual(["four-week-check"]);
  });

  it("replaces 'keep going' when something is due, and says when it is the first check-in", () => {
    expect(
      nextSteps({ today, assessment, plan, fourWeek: null, progress: progress(true, false, true) }),
    ).toEqual([{ kind: "weekly-check-in", firstTime: true }]);
  });

  it("shows a due check-in beside the quiz prompt for a member without a result", () => {
    expect(
      nextSteps({
        today,
        assessment: null,
        plan: null,
        fourWeek: null,
        progress: progress(true, false),
      }).map((s) => s.kind),
    ).toEqual(["take-quiz", "weekly-check-in"]);
  });
});
