import { isPaused, type PlayerState } from "@/lib/program/player/session-machine";
import type { WorkPlan } from "@/lib/program/player/work-plan";

type Props = {
  plan: WorkPlan;
  state: PlayerState;
  secondsLeft: number | null;
  /** "Set 2 of 3 · other side", when the exercise has more than one block. */
  where: string | null;
};

const clock = (seconds: number) =>
  seconds < 60
    ? String(seconds)
    : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/**
 * The big number: seconds left of a hold, rest or walk, or the reps done. Sized to read from
 * a mat across the room. role="timer" is not announced as it changes; the player announces
 * the countdown at a few points instead (cues.ts).
 */
export function CountdownDisplay({ plan, state, secondsLeft, where }: Props) {
  const label =
    state.stage === "rest"
      ? "Rest"
      : state.stage === "complete"
        ? "Done"
        : plan.kind === "hold"
          ? state.stage === "work"
            ? `Hold ${state.rep + 1} of ${plan.reps}`
            : `${plan.reps} × ${plan.workMs / 1000} s hold`
          : plan.kind === "reps"
            ? "Reps"
            : plan.kind === "timed"
              ? "Time"
              : "At your own pace";
  const big =
    state.stage === "complete"
      ? "✓"
      : secondsLeft !== null
        ? clock(secondsLeft)
        : plan.kind === "reps"
          ? `${state.rep}/${plan.reps}`
          : plan.kind === "free"
            ? null
            : clock(plan.workMs / 1000);
  return (
    <div className="border-brand-100 bg-brand-50 rounded-2xl border px-4 py-5 text-center">
      <p className="text-brand-800 text-lg font-semibold">
        {label}
        {isPaused(state) ? " · paused" : null}
      </p>
      {big !== null ? (
        <p
          role="timer"
          aria-label={secondsLeft !== null ? `${secondsLeft} seconds left` : undefined}
          className="text-ink text-8xl leading-none font-bold tabular-nums sm:text-9xl"
        >
          {big}
        </p>
      ) : null}
      {where ? <p className="text-muted mt-2 font-medium">{where}</p> : null}
    </div>
  );
}
