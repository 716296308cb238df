import type { PlayerExercise } from "@/lib/program/player/player-exercise";

/** How to do it, and when to ease off: the same words as the exercise's card on /program. */
export function ExerciseGuidance({ exercise }: { exercise: PlayerExercise }) {
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">How to do it</h2>
        <ol className="mt-1 list-decimal space-y-1 pl-6">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      <div>
        <h2 className="text-lg font-semibold">What you should feel</h2>
        <p className="mt-1">{exercise.feel}</p>
      </div>
      <div>
        <h2 className="text-lg font-semibold">Why</h2>
        <p className="mt-1">{exercise.purpose}</p>
      </div>
      <div>
        <h2 className="text-lg font-semibold">Stop or ease off if</h2>
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {exercise.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
