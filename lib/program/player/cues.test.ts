import { describe, expect, it } from "vitest";
import { countdownCue, stageCue } from "./cues";
import { initialState, reduce } from "./session-machine";
import { workPlanFor } from "./work-plan";

describe("countdownCue", () => {
  it("speaks at a few points, never every second of a long countdown", () => {
    const said = Array.from({ length: 120 }, (_, i) => countdownCue(120 - i, 120)).filter(
      (c) => c !== null,
    );
    expect(said).toEqual([
      "1 minute left",
      "50 seconds",
      "40 seconds",
      "30 seconds",
      "20 seconds",
      "10 seconds",
      "5 seconds",
      "3",
      "2",
      "1",
    ]);
  });

  it("says nothing at the very start or at zero", () => {
    expect(countdownCue(10, 10)).toBeNull();
    expect(countdownCue(0, 10)).toBeNull();
  });
});

describe("stageCue", () => {
  const hold = workPlanFor({ reps: 2, holdSeconds: 10, sets: 2, perSide: true });

  it("names the hold, the rest, the switch of side and the end", () => {
    const plans = [hold];
    const s0 = initialState(1);
    const s1 = reduce(s0, { type: "start", now: 0 }, plans);
    expect(stageCue(s0, s1, hold, "Bird dog")).toBe("Hold for 10 seconds.");
    const s2 = reduce(s1, { type: "tick", now: 10_000 }, plans);
    expect(stageCue(s1, s2, hold, "Bird dog")).toBe("Rest. 1 of 2 done.");
    const s3 = reduce(s2, { type: "tick", now: 25_000 }, plans);
    expect(stageCue(s2, s3, hold, "Bird dog")).toBe("Rest. Next: Set 1 of 2 · other side.");
    const fin = reduce(s3, { type: "finish" }, plans);
    expect(stageCue(s3, fin, hold, "Bird dog")).toBe("Session finished. Well done.");
  });

  it("says nothing when nothing changed", () => {
    const s = reduce(initialState(1), { type: "start", now: 0 }, [hold]);
    expect(stageCue(s, s, hold, "Bird dog")).toBeNull();
  });
});
