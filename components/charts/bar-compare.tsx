import { useId } from "react";
import type { ElementContent } from "hast";
import { s } from "hastscript";
import { ChartFigure } from "./chart-figure";
import { baseline, chartHtml, dataTable, labelledSvg, painAxis } from "./chart-markup";
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

  const bars = g.bars.map((bar, i) => {
    const label = (y: number, className: string, text: string) =>
      s("text", { x: bar.centerX, y, textAnchor: "middle", className }, text);
    const value: ElementContent[] =
      bar.value === null
        ? [label(g.plot.bottom - 8, "fill-slate-700 text-[14px] italic", "Too few days")]
        : [
            s("rect", {
              x: bar.x,
              y: bar.y,
              width: bar.width,
              height: bar.height,
              rx: 3,
              className: "fill-sky-700",
            }),
            label(bar.y - 6, "fill-slate-900 text-[15px] font-semibold", String(bar.value)),
          ];
    return s("g", [
      ...value,
      label(g.plot.bottom + 20, "fill-slate-900 text-[14px]", bar.label),
      label(g.plot.bottom + 38, "fill-slate-700 text-[13px]", daysText(groups[i]?.days ?? 0)),
    ]);
  });

  const drawing = labelledSvg(
    {
      width: g.width,
      height: g.height,
      title,
      description: describeComparison(groups, valueLabel),
      idPrefix,
    },
    [...painAxis(g.yTicks, g.plot), ...bars, baseline(g.plot)],
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
