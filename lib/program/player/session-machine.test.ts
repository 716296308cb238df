import { describe, expect, it } from "vitest";
import {
  doneIndexes,
  initialState,
  isPaused,
  reduce,
  secondsLeft,
  type PlayerEvent,
  type PlayerState,
} from "./session-machine";
import {
  REST_BETWEEN_BLOCKS_MS,
  REST_BETWEEN_HOLDS_MS,
  estimatedSeconds,
  workPlanFor,
  type WorkPlan,
} from "./work-plan";

const hold = workPlanFor({ reps: 2, holdSeconds: 10 }); // 2 holds of 10 s
const reps = workPlanFor({ sets: 2, reps: 3 });
const timed = workPlanFor({ minutes: 2 });
const free = workPlanFor({});

function run(plans: WorkPlan[], events: PlayerEvent[]): PlayerState {
  return events.reduce((s, e) => reduce(s, e, plans), initialState(plans.length));
}

describe("workPlanFor", () => {
  it("reads holds, reps, minutes and per-side doses", () => {
    expect(hold).toMatchObject({ kind: "hold", workMs: 10_000, reps: 2, blocks: 1 });
    expect(reps).toMatchObject({ kind: "reps", reps: 3, blocks: 2 });
    expect(timed).toMatchObject({ kind: "timed", workMs: 120_000, blocks: 1 });
    expect(free.kind).toBe("free");
    expect(workPlanFor({ sets: 2, reps: 8, perSide: true })).toMatchObject({
      blocks: 4,
      sides: 2,
    });
  });
});

describe("the hold countdown", () => {
  it("counts down, rests, holds again and completes at the exact deadlines", () => {
    let s = run([hold], [{ type: "start", now: 0 }]);
    expect(s.stage).toBe("work");
    expect(secondsLeft(s, 0)).toBe(10);
    expect(secondsLeft(s, 9_001)).toBe(1);
    s = reduce(s, { type: "tick", now: 10_000 }, [hold]);
    expect(s).toMatchObject({ stage: "rest", rep: 1 });
    expect(secondsLeft(s, 10_000)).toBe(REST_BETWEEN_HOLDS_MS / 1000);
    s = reduce(s, { type: "tick", now: 15_000 }, [hold]);
    expect(s).toMatchObject({ stage: "work", rep: 1 });
    s = reduce(s, { type: "tick", now: 25_000 }, [hold]);
    expect(s).toMatchObject({ stage: "complete", rep: 2, countdown: null });
  });

  it("catches up on a late tick (a throttled phone) without losing time", () => {
    const s = run(
      [hold],
      [
        { type: "start", now: 0 },
        { type: "tick", now: 12_000 }, // 10 s hold ended at 10 s; rest runs from there
      ],
    );
    expect(s.stage).toBe("rest");
    expect(secondsLeft(s, 12_000)).toBe(3);
    expect(
      run(
        [hold],
        [
          { type: "start", now: 0 },
          { type: "tick", now: 60_000 },
        ],
      ).stage,
    ).toBe("complete");
  });

  it("pauses and resumes with the time that was left", () => {
    let s = run(
      [hold],
      [
        { type: "start", now: 0 },
        { type: "pause", now: 4_000 },
      ],
    );
    expect(isPaused(s)).toBe(true);
    s = reduce(s, { type: "tick", now: 100_000 }, [hold]);
    expect(s.stage).toBe("work");
    expect(secondsLeft(s, 100_000)).toBe(6);
    s = reduce(s, { type: "resume", now: 100_000 }, [hold]);
    expect(isPaused(s)).toBe(false);
    expect(reduce(s, { type: "tick", now: 105_999 }, [hold]).stage).toBe("work");
    expect(reduce(s, { type: "tick", now: 106_000 }, [hold]).stage).toBe("rest");
  });

  it("ends a rest early on request", () => {
    const s = run(
      [hold],
      [
        { type: "start", now: 0 },
        { type: "tick", now: 10_000 },
        { type: "skipRest", now: 11_000 },
      ],
    );
    expect(s.stage).toBe("work");
    expect(secondsLeft(s, 11_000)).toBe(10);
  });
});

describe("the rep counter", () => {
  it("counts taps, rests between sets and completes after the last", () => {
    let s = run([reps], [{ type: "start", now: 0 }]);
    expect(s.countdown).toBeNull();
    for (let i = 0; i < 3; i++) s = reduce(s, { type: "rep", now: 1_000 }, [reps]);
    expect(s).toMatchObject({ stage: "rest", block: 1, rep: 0 });
    expect(secondsLeft(s, 1_000)).toBe(REST_BETWEEN_BLOCKS_MS / 1000);
    s = reduce(s, { type: "tick", now: 1_000 + REST_BETWEEN_BLOCKS_MS }, [reps]);
    expect(s).toMatchObject({ stage: "work", block: 1, countdown: null });
    for (let i = 0; i < 3; i++) s = reduce(s, { type: "rep", now: 40_000 }, [reps]);
    expect(s.stage).toBe("complete");
  });

  it("ignores a tap during a rest or on a timed exercise", () => {
    const resting = run(
      [hold],
      [
        { type: "start", now: 0 },
        { type: "tick", now: 10_000 },
      ],
    );
    expect(reduce(resting, { type: "rep", now: 10_500 }, [hold])).toBe(resting);
    const walking = run([timed], [{ type: "start", now: 0 }]);
    expect(reduce(walking, { type: "rep", now: 1 }, [timed])).toBe(walking);
  });
});

describe("moving through the session", () => {
  const plans = [timed, free, reps];

  it("records done and skipped exercises and finishes after the last", () => {
    const s = run(plans, [
      { type: "start", now: 0 },
      { type: "tick", now: 120_000 },
      { type: "done" },
      { type: "skip" },
      { type: "skip" },
    ]);
    expect(s.finished).toBe(true);
    expect(s.outcomes).toEqual(["done", "skipped", "skipped"]);
    expect(doneIndexes(s)).toEqual([0]);
  });

  it("marks a free exercise done without a countdown, but not a timed one mid-way", () => {
    const mid = run(plans, [{ type: "start", now: 0 }]);
    expect(reduce(mid, { type: "done" }, plans)).toBe(mid);
    const s = run(plans, [{ type: "skip" }, { type: "done" }]);
    expect(s.outcomes).toEqual(["skipped", "done", undefined]);
    expect(s.index).toBe(2);
  });

  it("goes back: mid-exercise restarts it, at its start returns to the one before", () => {
    let s = run(plans, [{ type: "skip" }, { type: "done" }, { type: "start", now: 5 }]);
    s = reduce(s, { type: "back" }, plans);
    expect(s).toMatchObject({ index: 2, stage: "ready", countdown: null });
    s = reduce(s, { type: "back" }, plans);
    expect(s).toMatchObject({ index: 1, stage: "ready" });
    expect(s.outcomes[1]).toBeUndefined(); // to be done again
    expect(reduce(initialState(3), { type: "back" }, plans).index).toBe(0);
  });

  it("can finish early; nothing moves after the end", () => {
    const s = run(plans, [{ type: "start", now: 0 }, { type: "finish" }]);
    expect(s.finished).toBe(true);
    expect(doneIndexes(s)).toEqual([]);
    expect(reduce(s, { type: "skip" }, plans)).toBe(s);
  });

  it("reopens from the finish screen at the exercise it ended on, ready to start", () => {
    const ended = run(plans, [{ type: "skip" }, { type: "start", now: 0 }, { type: "finish" }]);
    const s = reduce(ended, { type: "reopen" }, plans);
    expect(s).toMatchObject({ finished: false, index: 1, stage: "ready", countdown: null });
    const allDone = run(plans, [{ type: "skip" }, { type: "skip" }, { type: "skip" }]);
    expect(reduce(allDone, { type: "reopen" }, plans)).toMatchObject({ index: 2 });
  });

  it("a session with no exercises is finished from the start", () => {
    expect(initialState(0).finished).toBe(true);
  });
});

describe("estimatedSeconds", () => {
  it("adds holds, rests between holds and rests between blocks", () => {
    // 2 holds of 10 s with one 5 s rest, one block.
    expect(estimatedSeconds(hold)).toBe(25);
    // 2 sets of 3 reps at 4 s, one 30 s rest between the sets.
    expect(estimatedSeconds(reps)).toBe(2 * 3 * 4 + 30);
    expect(estimatedSeconds(timed)).toBe(120);
    expect(estimatedSeconds(free)).toBe(60);
  });
});
