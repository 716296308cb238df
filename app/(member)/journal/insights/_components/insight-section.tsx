import type { ReactNode } from "react";
import { daysWord, type Insufficient } from "@/lib/journal/insight-types";

type Props = {
  id: string;
  title: string;
  /** The insight's answer: figures render only when there was enough data. */
  insight: { status: "ok"; basedOnDays: number } | Insufficient;
  children?: ReactNode;
};

/**
 * One insight, always saying how many days it rests on. Below its minimum the figures stay
 * hidden and the member is told what would unlock them; the printed report leaves such a
 * section out, since "log 3 more days" is for the member, not for the clinician reading it.
 */
export function InsightSection({ id, title, insight, children }: Props) {
  return (
    <section
      aria-labelledby={id}
      className={`border-brand-100 min-w-0 break-inside-avoid space-y-3 rounded-2xl border bg-white p-5 shadow-sm sm:p-6 print:border-gray-400 print:shadow-none ${insight.status === "ok" ? "" : "print:hidden"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <p className="text-muted text-sm">Based on {daysWord(insight.basedOnDays)}</p>
      </div>
      {insight.status === "ok" ? children : <p className="text-muted">{insight.message}</p>}
    </section>
  );
}
