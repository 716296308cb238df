import { REST_BETWEEN_BLOCKS_MS, REST_BETWEEN_HOLDS_MS, type WorkPlan } from "./work-plan";

/**
 * The guided session as a pure state machine: the player component feeds it events with the
 * time they happened, so the countdown is exact however late the browser runs its timers
 * (a phone throttles them), and every rule here is tested without a browser.
 *
 * One exercise at a time goes: ready → work ⇄ rest → complete. A countdown is a deadline
 * while running and a remainder while paused.
 */
export type Stage = "ready" | "work" | "rest" | "complete";

export type Outcome = "done" | "skipped";

export type Countdown = { deadline: number } | { remaining: number };

export type PlayerState = {
  index: number;
  stage: Stage;
  /** Which set-and-side of the current exercise (WorkPlan.blocks). */
  block: number;
  /** Reps (or holds) finished in the current block. */
  rep: number;
  countdown: Countdown | null;
  /** Per exercise: what happened to it; undefined while not reached or being redone. */
  outcomes: readonly (Outcome | undefined)[];
  finished: boolean;
};

export type PlayerEvent =
  | { type: "start"; now: number }
  | { type: "tick"; now: number }
  | { type: "pause"; now: number }
  | { type: "resume"; now: number }
  /** The person did one rep (the counter's button). */
  | { type: "rep"; now: number }
  /** Ends a rest early. */
  | { type: "skipRest"; now: number }
  /** Marks the exercise done: after its last block, or any time for a "free" one. */
  | { type: "done" }
  | { type: "skip" }
  | { type: "back" }
  | { type: "finish" }
  /** From the finish screen back into the session, at the exercise it ended on. */
  | { type: "reopen" };

export function initialState(exerciseCount: number): PlayerState {
  return {
    index: 0,
    stage: "ready",
    block: 0,
    rep: 0,
    countdown: null,
    outcomes: Array.from({ length: exerciseCount }, () => undefined),
    finished: exerciseCount === 0,
  };
}

export function isPaused(state: PlayerState): boolean {
  return state.countdown !== null && "remaining" in state.countdown;
}

/** Whole seconds left on the countdown, rounded up so "1" shows until the very end. */
export function secondsLeft(state: PlayerState, now: number): number | null {
  const c = state.countdown;
  if (!c) return null;
  const ms = "deadline" in c ? c.deadline - now : c.remaining;
  return Math.max(0, Math.ceil(ms / 1000));
}

const runFor = (ms: number, from: number): Countdown => ({ deadline: from + ms });

/** The work stage of the current rep: timed for holds and timed exercises, open for reps. */
function work(state: PlayerState, plan: WorkPlan, from: number): PlayerState {
  return {
    ...state,
    stage: "work",
    countdown: plan.workMs > 0 ? runFor(plan.workMs, from) : null,
  };
}

/** After one rep (or hold) is finished at `at`: rest, the next block, or the end. */
function afterRep(state: PlayerState, plan: WorkPlan, at: number): PlayerState {
  const rep = state.rep + 1;
  if (rep < plan.reps) {
    return plan.kind === "hold"
      ? { ...state, rep, stage: "rest", countdown: runFor(REST_BETWEEN_HOLDS_MS, at) }
      : { ...state, rep };
  }
  if (state.block + 1 < plan.blocks) {
    return {
      ...state,
      rep: 0,
      block: state.block + 1,
      stage: "rest",
      countdown: runFor(REST_BETWEEN_BLOCKS_MS, at),
    };
  }
  return { ...state, rep, stage: "complete", countdown: null };
}

/** Moves every countdown that has run out, in order, each from its own deadline. */
function advanceClock(state: PlayerState, plan: WorkPlan, now: number): PlayerState {
  let s = state;
  // Bounded: each pass either finishes a countdown or stops; a session has few of them.
  for (let guard = 0; guard < 1000; guard++) {
    const c = s.countdown;
    if (!c || !("deadline" in c) || now < c.deadline) return s;
    s = s.stage === "rest" ? work(s, plan, c.deadline) : afterRep(s, plan, c.deadline);
  }
  return s;
}

function moveTo(state: PlayerState, index: number, outcome?: Outcome): PlayerState {
  const outcomes = [...state.outcomes];
  if (outcome) outcomes[state.index] = outcome;
  const finished = index >= outcomes.length;
  if (!finished) outcomes[index] = undefined; // going back means doing it again
  return {
    ...state,
    index: Math.min(index, outcomes.length - 1),
    stage: "ready",
    block: 0,
    rep: 0,
    countdown: null,
    outcomes,
    finished,
  };
}

/**
 * The next state. `plans[i]` is exercise i's WorkPlan. Events that make no sense in the
 * current state (a rep during a rest, resume while running) change nothing.
 */
export function reduce(
  state: PlayerState,
  event: PlayerEvent,
  plans: readonly WorkPlan[],
): PlayerState {
  if (state.finished) {
    return event.type === "reopen" && plans.length > 0
      ? { ...state, finished: false, stage: "ready", block: 0, rep: 0, countdown: null }
      : state;
  }
  const plan = plans[state.index];
  if (!plan) return state;
  switch (event.type) {
    case "start":
      if (state.stage !== "ready") return state;
      return plan.kind === "free" ? state : work(state, plan, event.now);
    case "tick":
      return isPaused(state) ? state : advanceClock(state, plan, event.now);
    case "pause": {
      const c = state.countdown;
      if (!c || !("deadline" in c)) return state;
      return { ...state, countdown: { remaining: Math.max(0, c.deadline - event.now) } };
    }
    case "resume": {
      const c = state.countdown;
      if (!c || !("remaining" in c)) return state;
      return { ...state, countdown: runFor(c.remaining, event.now) };
    }
    case "rep":
      if (plan.kind !== "reps" || state.stage !== "work") return state;
      return afterRep(state, plan, event.now);
    case "skipRest":
      if (state.stage !== "rest") return state;
      return work(state, plan, event.now);
    case "done":
      if (state.stage !== "complete" && plan.kind !== "free") return state;
      return moveTo(state, state.index + 1, "done");
    case "skip":
      return moveTo(state, state.index + 1, "skipped");
    case "back":
      // Back from the middle of an exercise starts it again; from its start, the one before.
      return state.stage === "ready"
        ? moveTo(state, Math.max(0, state.index - 1))
        : moveTo(state, state.index);
    case "finish":
      return { ...state, countdown: null, finished: true };
    case "reopen":
      return state;
  }
}

/** The exercises the person did, in order: what the session log records. */
export function doneIndexes(state: PlayerState): number[] {
  return state.outcomes.flatMap((o, i) => (o === "done" ? [i] : []));
}
