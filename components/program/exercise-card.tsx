import type { Exercise } from "@/lib/program/types";
import { ExerciseIllustration } from "./exercise-illustration";

/**
 * One exercise: a picture of it, why, how much, how (numbered steps) and what to watch for.
 * The moving picture sits above the text on a phone and beside it from `sm` up. Start and end
 * side by side (reduced motion, print) need the width, so they always sit above the text.
 */
export function ExerciseCard({
  exercise,
  idPrefix,
  headingLevel = 4,
  adjustedDoseText,
  illustrated = true,
}: {
  exercise: Exercise;
  idPrefix: string;
  headingLevel?: 3 | 4;
  /** The member's dose after their guided-session ratings, when it differs from the plan's. */
  adjustedDoseText?: string;
  /**
   * False for the phases folded away on /program: 36 figures in one page cost it a fifth of
   * its throughput, and the member's own phase, the player and the session list show them.
   */
  illustrated?: boolean;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article
      id={`${idPrefix}-${exercise.id}`}
      className="flow-root min-w-0 scroll-mt-4 break-inside-avoid rounded-xl border border-gray-200 p-4"
    >
      <Heading className="text-lg font-semibold">{exercise.name}</Heading>
      {illustrated ? (
        <ExerciseIllustration
          exerciseId={exercise.id}
          className="mt-2 max-w-48 motion-reduce:max-w-80 motion-safe:sm:float-right motion-safe:sm:mb-2 motion-safe:sm:ml-4 motion-safe:sm:w-40 print:float-none print:ml-0 print:w-auto print:max-w-80"
        />
      ) : null}
      <p className="text-muted mt-1">{exercise.purpose}</p>
      <p className="mt-2">
        <span className="font-medium">Dose:</span> {exercise.doseText}
      </p>
      {/* Below the plan's words, which keep what the numbers can't say (weights, how often). */}
      {adjustedDoseText ? (
        <p className="text-brand-800 mt-1">
          <span className="font-medium">Your dose now:</span> {adjustedDoseText}, adjusted from your
          last sessions
        </p>
      ) : null}
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {exercise.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className="mt-2">
        <span className="font-medium">What you should feel:</span> {exercise.feel}
      </p>
      {exercise.cautions.length ? (
        <ul className="text-warn-700 mt-2 space-y-1 text-sm">
          {exercise.cautions.map((c) => (
            <li key={c}>
              <span className="font-semibold">Take care:</span> {c}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
