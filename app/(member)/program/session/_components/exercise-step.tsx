"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button-class";
import { countdownCue, stageCue } from "@/lib/program/player/cues";
import type { PlayerExercise } from "@/lib/program/player/player-exercise";
import {
  isPaused,
  secondsLeft,
  type PlayerEvent,
  type PlayerState,
} from "@/lib/program/player/session-machine";
import { blockLabel, type WorkPlan } from "@/lib/program/player/work-plan";
import { CountdownDisplay } from "./countdown-display";
import { ExerciseGuidance } from "./exercise-guidance";
import { ScreenHeading } from "./screen-heading";
import { SpokenCuesToggle } from "./spoken-cues-toggle";
import type { useSpokenCues } from "./use-spoken-cues";
import { useWakeLock } from "./use-wake-lock";

type Props = {
  exercise: PlayerExercise;
  illustration: ReactNode;
  plan: WorkPlan;
  position: { index: number; count: number };
  state: PlayerState;
  dispatch: (event: PlayerEvent) => void;
  cues: ReturnType<typeof useSpokenCues>;
};

/** Four ticks a second: the shown second changes within a quarter second of the real one. */
const TICK_MS = 250;

/** One exercise on screen: what to do, the countdown or rep counter, and the controls. */
export function ExerciseStep({
  exercise,
  illustration,
  plan,
  position,
  state,
  dispatch,
  cues,
}: Props) {
  const [now, setNow] = useState(() => Date.now());
  const running = state.countdown !== null && !isPaused(state);
  const left = secondsLeft(state, now);

  // What to announce, worked out while rendering from what changed since the last render
  // (React's "store the previous value in state" pattern): a change of stage says its
  // instruction; otherwise a running countdown says its few points (cues.ts).
  const [seen, setSeen] = useState({ state, left });
  const [cue, setCue] = useState<{ text: string; count: number } | null>(null);
  if (seen.state !== state || seen.left !== left) {
    const text =
      seen.state !== state
        ? stageCue(seen.state, state, plan, exercise.name)
        : running && left !== null
          ? countdownCue(left, state.stage === "work" ? plan.workMs / 1000 : Infinity)
          : null;
    setSeen({ state, left });
    if (text) setCue({ text, count: (cue?.count ?? 0) + 1 });
  }

  const speak = useRef(cues.speak);
  useEffect(() => {
    speak.current = cues.speak;
  }, [cues.speak]);
  useEffect(() => {
    if (cue) speak.current(cue.text);
  }, [cue]);

  useWakeLock(state.stage !== "ready" && !isPaused(state));

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      dispatch({ type: "tick", now: t });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [running, dispatch]);

  const at = (type: "start" | "pause" | "resume" | "skipRest" | "rep") => {
    const t = Date.now();
    setNow(t);
    dispatch({ type, now: t });
  };
  const where = blockLabel(plan, state.block);

  return (
    <section aria-labelledby="exercise-heading" className="space-y-5">
      <div>
        <p className="text-muted text-sm font-medium">
          Exercise {position.index + 1} of {position.count}
        </p>
        <div className="bg-brand-100 mt-1 h-1.5 overflow-hidden rounded-full" aria-hidden="true">
          <div
            className="bg-brand-700 h-full rounded-full"
            style={{ width: `${(position.index / position.count) * 100}%` }}
          />
        </div>
      </div>

      <header className="space-y-1">
        <ScreenHeading id="exercise-heading">{exercise.name}</ScreenHeading>
        <p className="text-lg">
          {exercise.doseText}
          {exercise.adjusted ? (
            <span className="text-muted text-base"> (adjusted from your last sessions)</span>
          ) : null}
        </p>
      </header>

      {illustration}

      <CountdownDisplay plan={plan} state={state} secondsLeft={left} where={where} />

      <div className="flex flex-wrap items-center justify-center gap-3">
        {state.stage === "ready" ? (
          plan.kind === "free" ? (
            <button
              type="button"
              className={buttonClassName("primary", "min-w-40")}
              onClick={() => dispatch({ type: "done" })}
            >
              Done, next exercise
            </button>
          ) : (
            <button
              type="button"
              className={buttonClassName("primary", "min-w-40")}
              onClick={() => at("start")}
            >
              Start
            </button>
          )
        ) : null}
        {state.stage === "work" && plan.kind === "reps" ? (
          <button
            type="button"
            className={buttonClassName("primary", "min-h-16 min-w-48 text-xl")}
            onClick={() => at("rep")}
          >
            Done one rep
          </button>
        ) : null}
        {state.countdown ? (
          isPaused(state) ? (
            <button
              type="button"
              className={buttonClassName("primary", "min-w-40")}
              onClick={() => at("resume")}
            >
              Resume
            </button>
          ) : (
            <button
              type="button"
              className={buttonClassName("secondary", "min-w-40")}
              onClick={() => at("pause")}
            >
              Pause
            </button>
          )
        ) : null}
        {state.stage === "rest" ? (
          <button
            type="button"
            className={buttonClassName("secondary")}
            onClick={() => at("skipRest")}
          >
            End rest now
          </button>
        ) : null}
        {state.stage === "complete" ? (
          <button
            type="button"
            className={buttonClassName("primary", "min-w-40")}
            onClick={() => dispatch({ type: "done" })}
          >
            {position.index + 1 < position.count ? "Next exercise" : "Finish"}
          </button>
        ) : null}
      </div>

      <nav
        aria-label="Session"
        className="flex flex-wrap justify-between gap-2 border-t border-gray-200 pt-4"
      >
        <button
          type="button"
          className={buttonClassName("secondary")}
          disabled={position.index === 0 && state.stage === "ready"}
          onClick={() => dispatch({ type: "back" })}
        >
          Back
        </button>
        <button
          type="button"
          className={buttonClassName("secondary")}
          onClick={() => dispatch({ type: "skip" })}
        >
          Skip this one
        </button>
        <button
          type="button"
          className={buttonClassName("secondary")}
          onClick={() => dispatch({ type: "finish" })}
        >
          End session
        </button>
      </nav>

      <ExerciseGuidance exercise={exercise} />

      <SpokenCuesToggle cues={cues} />

      <p aria-live="polite" className="sr-only">
        {cue?.text}
      </p>
    </section>
  );
}
