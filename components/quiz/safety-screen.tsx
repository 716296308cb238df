import Link from "next/link";
import { PrintButton } from "@/components/journal/insights/print-button";
import { EMERGENCY_NUMBER } from "@/lib/safety/emergency-number";
import { RED_FLAGS, URGENCY_WORDS } from "@/lib/safety/red-flags";
import { STOP_COPY } from "@/lib/quiz/v2/copy";
import type { QuizV2Result } from "@/lib/quiz/v2/score";

/**
 * A version-2 result that stops before any program (docs/product.md §3): what to do, how soon
 * and where, from the one red-flag module; a tap-to-call emergency link; the answers that led
 * here, most urgent first; and a print view for a clinician.
 */
export function SafetyScreen({ result }: { result: QuizV2Result }) {
  const urgent = result.outcome === "urgent";
  const leading = result.redFlags[0];
  const stop = result.stopReason ? STOP_COPY[result.stopReason] : null;
  const title = leading
    ? URGENCY_WORDS[RED_FLAGS[leading].urgency]
    : (stop?.title ?? "Please check with a health professional first");
  return (
    <section
      aria-labelledby="result-heading"
      data-urgency={result.urgency ?? undefined}
      className={`space-y-4 rounded-2xl border-2 p-5 sm:p-6 ${urgent ? "border-danger-700 bg-danger-50" : "border-warn-700 bg-warn-50"}`}
    >
      <h1 id="result-heading" className="font-serif text-3xl leading-tight font-bold">
        {title}
      </h1>
      {leading ? <p className="text-lg font-semibold">{RED_FLAGS[leading].action}</p> : null}
      {stop ? <p>{stop.body}</p> : null}
      {urgent ? (
        <p>
          <a
            href={`tel:${EMERGENCY_NUMBER.dial}`}
            className="bg-danger-700 inline-flex min-h-12 items-center rounded-xl px-5 font-semibold text-white underline-offset-2 hover:underline"
          >
            Call {EMERGENCY_NUMBER.label}
          </a>
        </p>
      ) : null}
      {result.redFlags.length > 0 ? (
        <div>
          <h2 className="font-semibold">What you told us</h2>
          <ul data-red-flag-list="answers" className="mt-1 list-disc space-y-2 pl-5">
            {result.redFlags.map((key) => (
              <li key={key} data-red-flag-answer={key}>
                {sentenceCase(RED_FLAGS[key].sign)}:{" "}
                <strong>{URGENCY_WORDS[RED_FLAGS[key].urgency].toLowerCase()}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>This quiz cannot diagnose anything; it suggests how soon to get checked, and where.</p>
      <div className="flex flex-wrap gap-3 print:hidden">
        <PrintButton label="Print or show to a clinician" />
        {urgent ? null : (
          <Link href="/quiz" className="inline-flex min-h-11 items-center underline">
            Take the quiz again once you have been checked
          </Link>
        )}
      </div>
    </section>
  );
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
