import Link from "next/link";
import { PAIN_TREND_RANGES, type PainTrendRange } from "@/lib/journal/insights";

/** Links, not a form: each range is a shareable, server-rendered URL. */
export function RangeLinks({ current }: { current: PainTrendRange }) {
  return (
    <nav aria-label="Time range" className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {PAIN_TREND_RANGES.map((range) => (
          <li key={range}>
            <Link
              href={`/journal/insights?range=${range}`}
              aria-current={range === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full px-4 font-semibold no-underline ${range === current ? "bg-brand-700 text-white" : "border-brand-600 text-brand-800 hover:bg-brand-50 border"}`}
            >
              Last {range} days
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
