"use client";

import { useMemo, useReducer, useState, type ReactNode } from "react";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { PlayerExercise } from "@/lib/program/player/player-exercise";
import { initialState, reduce, type PlayerEvent } from "@/lib/program/player/session-machine";
import { workPlanFor } from "@/lib/program/player/work-plan";
import { ExerciseStep } from "./exercise-step";
import { SessionFinish } from "./session-finish";
import { SessionIntro } from "./session-intro";
import { SessionSaved } from "./session-saved";
import { UnsentNotice } from "./unsent-notice";
import { useSessionSave } from "./use-session-save";
import { useSpokenCues } from "./use-spoken-cues";

type Props = {
  today: IsoDate;
  exercises: readonly PlayerExercise[];
  /** Drawn on the server, one per exercise, in the same order. */
  illustrations: readonly ReactNode[];
  deviceScope: string;
};

/**
 * The guided session: start (pain now) → one exercise at a time → finish (pain after,
 * effort, a rating per exercise) → saved. Everything it needs came with the page, so moving
 * between exercises never waits on the network; only the save talks to the server.
 */
export function SessionPlayer({ today, exercises: fromPage, illustrations, deviceScope }: Props) {
  // Saving refreshes the page's data, and today's pick can change once a session is logged;
  // the session in progress keeps the exercises it started with.
  const [exercises] = useState(fromPage);
  const plans = useMemo(() => exercises.map((e) => workPlanFor(e.dose)), [exercises]);
  const [state, dispatch] = useReducer(
    (s: ReturnType<typeof initialState>, e: PlayerEvent) => reduce(s, e, plans),
    exercises.length,
    initialState,
  );
  const [started, setStarted] = useState<{ painBefore: number; sessionKey: string } | null>(null);
  const cues = useSpokenCues();
  const saving = useSessionSave(deviceScope);

  let screen: ReactNode;
  if (saving.state.status === "saved" && !saving.resumed) {
    screen = <SessionSaved message={saving.state.message} />;
  } else if (!started) {
    screen = (
      <SessionIntro
        exercises={exercises}
        plans={plans}
        cues={cues}
        onStart={(painBefore) => setStarted({ painBefore, sessionKey: crypto.randomUUID() })}
      />
    );
  } else if (state.finished) {
    screen = (
      <SessionFinish
        today={today}
        exercises={exercises}
        state={state}
        painBefore={started.painBefore}
        sessionKey={started.sessionKey}
        saving={saving}
        onBack={() => dispatch({ type: "reopen" })}
      />
    );
  } else {
    screen = (
      <ExerciseStep
        key={state.index}
        exercise={exercises[state.index]!}
        illustration={illustrations[state.index]}
        plan={plans[state.index]!}
        position={{ index: state.index, count: exercises.length }}
        state={state}
        dispatch={dispatch}
        cues={cues}
      />
    );
  }

  return (
    <>
      {saving.resumed ? <UnsentNotice state={saving.state} /> : null}
      {screen}
    </>
  );
}
