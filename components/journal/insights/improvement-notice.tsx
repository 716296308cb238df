import Link from "next/link";
import type { NoImprovement } from "@/lib/journal/insights";

/**
 * The four-week check. "No improvement" is said plainly, with what to do about it; any
 * improvement is said with encouragement. Below its minimum it says what it needs.
 */
export function ImprovementNotice({ insight }: { insight: NoImprovement }) {
  if (insight.status !== "ok") {
    return <p className="text-muted">{insight.message}</p>;
  }
  const { recent, earlier, change } = insight;
  const figures = `Your average pain over the last 7 days was ${recent.meanPain} (${recent.days} days), against ${earlier.meanPain} four weeks ago (${earlier.days} days).`;
  if (insight.noImprovement) {
    return (
      <div role="note" className="border-warn-700/30 bg-warn-50 space-y-2 rounded-xl border p-4">
        <p className="font-semibold">{insight.message}</p>
        <p>
          {figures} That is worth a conversation with a physiotherapist, chiropractor or doctor:
          they can check what is going on and adjust your plan. Keep moving in the ways that feel OK
          meanwhile.
        </p>
        <p className="print:hidden">
          The printable report on this page is made for that visit.{" "}
          <Link className="underline" href="/rest-or-move">
            When to rest and when to move
          </Link>
        </p>
      </div>
    );
  }
  return (
    <p>
      {figures}{" "}
      {change < 0
        ? `That's ${Math.abs(change)} points lower. Keep going: it's working.`
        : "Keep going."}
    </p>
  );
}
