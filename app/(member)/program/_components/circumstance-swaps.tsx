import { exerciseById } from "@/lib/program/exercises";
import type { ExerciseSwap } from "@/lib/program/circumstances";
import type { Circumstance } from "@/lib/quiz/circumstances";

/**
 * What the plan changed because of what the member told the quiz (docs/product.md §4), each
 * swap with its reason, plus where to get advice in pregnancy. Nothing when nothing applies.
 */
export function CircumstanceSwaps({
  circumstances,
  swaps,
}: {
  circumstances: readonly Circumstance[];
  swaps: readonly ExerciseSwap[];
}) {
  const pregnant = circumstances.includes("pregnant");
  if (swaps.length === 0 && !pregnant) return null;
  return (
    <section
      aria-labelledby="swaps-heading"
      className="border-brand-100 space-y-3 rounded-2xl border bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="swaps-heading" className="text-lg font-semibold">
        Changed for you
      </h2>
      {swaps.length > 0 ? (
        <ul className="list-disc space-y-2 pl-5">
          {swaps.map((swap) => (
            <li key={`${swap.from}-${swap.to}`}>
              <strong>{exerciseById(swap.to).name}</strong> instead of{" "}
              {exerciseById(swap.from).name}. {swap.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {pregnant ? (
        <p>
          Pregnant or recently given birth? Exercise is good for you and your back; a midwife or a
          women&apos;s health physiotherapist can tailor it to you. Avoid lying flat on your back
          for long after 20 weeks, and stop if anything feels wrong.
        </p>
      ) : null}
    </section>
  );
}
