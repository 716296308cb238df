import { useId } from "react";
import { h, s } from "hastscript";
import { ChartFigure } from "./chart-figure";
import {
  baseline,
  chartHtml,
  dataTable,
  dateAxisLabels,
  labelledSvg,
  painAxis,
} from "./chart-markup";
import { formatShortDate } from "@/lib/dates/iso-date";
import { progressChartGeometry, type DatedValue } from "@/lib/progress/chart-geometry";

export type ProgressSeries = {
  label: string;
  points: readonly DatedValue[];
  /** Solid with dots, or dashed without: the series differ in shape as well as colour. */
  style: "solid" | "dashed";
};

// The same two contrast-checked colours as the journal's pain chart (≥ 4.5:1 on its white).
const COLOURS = { solid: "text-sky-700", dashed: "text-slate-700" } as const;

function swatch(style: ProgressSeries["style"]) {
  return s("svg", { ariaHidden: "true", width: 24, height: 10, className: COLOURS[style] }, [
    s("line", {
      x1: 0,
      x2: 24,
      y1: 5,
      y2: 5,
      stroke: "currentColor",
      strokeWidth: 2,
      strokeDasharray: style === "dashed" ? "6 4" : undefined,
    }),
    ...(style === "solid" ? [s("circle", { cx: 12, cy: 5, r: 3, fill: "currentColor" })] : []),
  ]);
}

function describe(series: readonly ProgressSeries[]): string {
  return series
    .map(({ label, points }) => {
      const first = points[0];
      const last = points.at(-1);
      if (!first || !last) return `${label}: nothing saved yet.`;
      if (first === last) return `${label}: ${last.value} on ${formatShortDate(last.date, true)}.`;
      return `${label}: ${first.value} on ${formatShortDate(first.date, true)}, ${last.value} on ${formatShortDate(last.date, true)}, ${points.length} readings.`;
    })
    .join(" ");
}

function progressLineChartHtml({
  series,
  title,
  idPrefix,
}: {
  series: readonly ProgressSeries[];
  title: string;
  idPrefix: string;
}): string {
  const g = progressChartGeometry(series.map((x) => x.points));
  const axis = painAxis(g.yTicks, g.plot, g);
  const drawing = labelledSvg(
    {
      width: g.width,
      height: g.height,
      title,
      description: describe(series),
      idPrefix,
      labels: [...axis.labels, ...dateAxisLabels(g.xTicks, g.plot, g)],
    },
    [
      axis.lines,
      baseline(g.plot),
      ...series.map((x, i) =>
        s("g", { className: COLOURS[x.style], stroke: "currentColor", fill: "none" }, [
          s("path", {
            d: g.lines[i] ?? "",
            strokeWidth: 2,
            strokeDasharray: x.style === "dashed" ? "6 4" : undefined,
            strokeLinejoin: "round",
            vectorEffect: "non-scaling-stroke",
          }),
          ...(x.style === "solid"
            ? [
                s("path", {
                  d: g.dots[i] ?? "",
                  strokeWidth: 7,
                  strokeLinecap: "round",
                  vectorEffect: "non-scaling-stroke",
                }),
              ]
            : []),
        ]),
      ),
    ],
  );

  const legend = h(
    "div",
    { className: "mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm" },
    series.map((x) =>
      h("span", { className: "inline-flex items-center gap-2" }, [swatch(x.style), x.label]),
    ),
  );

  // One row per date any series has a reading on.
  const dates = [...new Set(series.flatMap((x) => x.points.map((p) => p.date)))].sort();
  const byDate = series.map((x) => new Map(x.points.map((p) => [p.date, p.value])));
  const table = dataTable({
    caption: `${title}: each reading by date`,
    columns: [{ label: "Date" }, ...series.map((x) => ({ label: x.label }))],
    rows: dates.map((date) => ({
      header: h("time", { dateTime: date }, formatShortDate(date, true)),
      cells: byDate.map((m) => m.get(date) ?? "–"),
    })),
    emptyText: "Nothing saved yet.",
  });

  return chartHtml([drawing, legend, table]);
}

/**
 * 0–10 readings over time (the weekly score and pain, or an activity's ratings), drawn on the
 * server as SVG with the journal chart's axis, labels and data table (chart-markup.ts).
 */
export function ProgressLineChart({
  series,
  title,
  className,
}: {
  series: readonly ProgressSeries[];
  title: string;
  className?: string;
}) {
  const html = progressLineChartHtml({ series, title, idPrefix: useId() });
  return <ChartFigure html={html} className={className} />;
}
