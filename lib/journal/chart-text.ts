import { formatShortDate } from "@/lib/dates/iso-date";
import type { PainTrendPoint } from "./pain-trend";

/**
 * The text alternatives read out for the charts (<desc>): what a sighted reader takes in at a
 * glance, said in a sentence or two.
 */

export function describePainTrend(points: readonly PainTrendPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "No pain entries to show.";
  const logged = points.filter((p) => p.pain !== null);
  const range = `from ${formatShortDate(first.date, true)} to ${formatShortDate(last.date, true)}`;
  if (logged.length === 0) return `No pain entries ${range}.`;

  const pains = logged.map((p) => p.pain ?? 0);
  const parts = [
    `Daily pain ${range}, ${logged.length} of ${points.length} days logged.`,
    `Pain ranged from ${Math.min(...pains)} to ${Math.max(...pains)} out of 10.`,
  ];
  const averages = points.filter((p) => p.sevenDayAverage !== null);
  const start = averages[0]?.sevenDayAverage;
  const end = averages.at(-1)?.sevenDayAverage;
  if (start != null && end != null && averages.length > 1) {
    const direction = end < start ? "fell" : end > start ? "rose" : "stayed";
    parts.push(
      direction === "stayed"
        ? `The 7-day average stayed at ${end}.`
        : `The 7-day average ${direction} from ${start} to ${end}.`,
    );
  }
  return parts.join(" ");
}

export type ComparisonGroup = { label: string; value: number | null; days: number };

export function describeComparison(groups: readonly ComparisonGroup[], valueLabel: string): string {
  if (groups.length === 0) return "No data to compare.";
  const parts = groups.map((g) =>
    g.value === null
      ? `${g.label}: too few days to show (${g.days}).`
      : `${g.label}: ${g.value} (${g.days} ${g.days === 1 ? "day" : "days"}).`,
  );
  return `${valueLabel}. ${parts.join(" ")}`;
}
