import { useId } from "react";
import type { ElementContent } from "hast";
import { s } from "hastscript";
import { ChartFigure } from "./chart-figure";
import { baseline, chartHtml, chartLabel, dataTable, labelledSvg, painAxis } from "./chart-markup";
import { barChartGeometry, PAIN_SCALE_MAX } from "@/lib/journal/chart-geometry";
import { describeComparison, type ComparisonGroup } from "@/lib/journal/chart-text";

type BarCompareProps = {
  title: string;
  /** Two or three groups, e.g. after ≥ 7 h sleep / after < 7 h. A null value is "too few days". */
  groups: readonly ComparisonGroup[];
  /** What the bars measure, for the description and the table header. */
  valueLabel?: string;
  max?: number;
  className?: string;
};

function daysText(days: number): string {
  return `${days} ${days === 1 ? "day" : "days"}`;
}

/** The figure's inside (drawing and table) as HTML; see chart-markup.ts for why a string. */
function barCompareHtml({
  title,
  groups,
  valueLabel,
  max,
  idPrefix,
}: {
  title: string;
  groups: readonly ComparisonGroup[];
  valueLabel: string;
  max: number;
  idPrefix: string;
}): string {
  const g = barChartGeometry(groups, { max });

  const axis = painAxis(g.yTicks, g.plot, g);
  const labels: ElementContent[] = [...axis.labels];
  const rects: ElementContent[] = [];
  g.bars.forEach((bar, i) => {
    // Offsets in rem (margins), not drawing units: the gap stays the same at any width.
    const under = (text: string, className: string) =>
      chartLabel(g, { x: bar.centerX, y: g.plot.bottom }, text, {
        baseline: "top",
        className,
      });
    if (bar.value === null) {
      labels.push(
        chartLabel(g, { x: bar.centerX, y: g.plot.bottom }, "Too few days", {
          baseline: "bottom",
          className: "-mt-2 text-xs italic text-slate-700",
        }),
      );
    } else {
      rects.push(
        s("rect", {
          x: bar.x,
          y: bar.y,
          width: bar.width,
          height: bar.height,
          rx: 3,
          className: "fill-sky-700",
        }),
      );
      labels.push(
        chartLabel(g, { x: bar.centerX, y: bar.y }, String(bar.value), {
          baseline: "bottom",
          className: "-mt-1 text-sm font-semibold text-slate-900",
        }),
      );
    }
    labels.push(
      under(bar.label, "mt-1 text-xs text-slate-900"),
      under(daysText(groups[i]?.days ?? 0), "mt-5 text-xs text-slate-700"),
    );
  });

  const drawing = labelledSvg(
    {
      width: g.width,
      height: g.height,
      title,
      description: describeComparison(groups, valueLabel),
      idPrefix,
      labels,
    },
    [axis.lines, ...rects, baseline(g.plot)],
  );

  const table = dataTable({
    caption: title,
    columns: [{ label: "Group" }, { label: valueLabel }, { label: "Days" }],
    rows: groups.map((group) => ({
      header: group.label,
      cells: [group.value ?? "Too few days", group.days],
    })),
  });

  return chartHtml([drawing, table]);
}

/**
 * A small bar comparison (sleep, active vs rest, stress bands) drawn on the server as SVG,
 * with a text description and a data table for anyone who can't or would rather not read the
 * bars. Like the pain chart, it brings its own white background so its colours keep contrast.
 */
export function BarCompare({
  title,
  groups,
  valueLabel = "Average pain (0–10)",
  max = PAIN_SCALE_MAX,
  className,
}: BarCompareProps) {
  const html = barCompareHtml({ title, groups, valueLabel, max, idPrefix: useId() });
  return <ChartFigure html={html} className={className} />;
}
