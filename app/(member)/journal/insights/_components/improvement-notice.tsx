import Link from "next/link";
import { RedFlagList } from "@/components/safety/red-flag-list";
import type { FourWeekCheck } from "@/lib/journal/insights";
import { fourWeekHeadline } from "@/lib/journal/four-week-words";
import { NOT_GETTING_BETTER } from "@/lib/safety/red-flags";

/**
 * The four-week check (docs/product.md §5). A rise gets the strongest wording and the red-flag
 * list; no meaningful change in pain worth acting on suggests a clinician; a real fall is said
 * as an amount; low pain is said kindly and never prompts anyone. The printed report shows
 * the figures only: the advice is for the member, the clinician reading it draws their own.
 */
export function ImprovementNotice({ insight }: { insight: FourWeekCheck }) {
  if (insight.status !== "ok") {
    return <p className="text-muted">{insight.message}</p>;
  }
  const { recent, earlier, change, verdict } = insight;
  const headline = fourWeekHeadline(verdict, change);
  const figures = `Your average pain over the last 7 days was ${recent.meanPain} (${recent.days} days logged), against ${earlier.meanPain} four weeks ago (${earlier.days} days).`;
  if (verdict === "improved" || verdict === "low") {
    return (
      <div className="space-y-1" data-four-week={verdict}>
        <p className="font-semibold">{headline}</p>
        <p>{figures}</p>
      </div>
    );
  }
  const strong = verdict === "rose";
  return (
    <>
      <p className="hidden print:block">{figures}</p>
      <div
        role="note"
        data-four-week={verdict}
        className={`space-y-3 rounded-xl border p-4 print:hidden ${strong ? "border-danger-700/50 bg-danger-50" : "border-warn-700/30 bg-warn-50"}`}
      >
        <p className="font-semibold">{headline}</p>
        <p>
          {figures} A physiotherapist or doctor can check what is going on and adjust your plan.
          Keep moving in the ways that feel OK meanwhile. {NOT_GETTING_BETTER}
        </p>
        <p className="print:hidden">
          The printable report on this page is made for that visit.{" "}
          <Link className="underline" href="/rest-or-move">
            When to rest and when to move
          </Link>
        </p>
        {strong ? (
          <RedFlagList headingLevel={3} title="Warning signs to check now" compact />
        ) : null}
      </div>
    </>
  );
}
