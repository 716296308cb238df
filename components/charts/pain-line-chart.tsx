import { useId } from "react";
import { h, s } from "hastscript";
import { ChartFigure } from "./chart-figure";
import { baseline, chartHtml, dataTable, labelledSvg, painAxis } from "./chart-markup";
import { painChartGeometry } from "@/lib/journal/chart-geometry";
import { describePainTrend } from "@/lib/journal/chart-text";
import { formatShortDate } from "@/lib/dates/iso-date";
import type { PainTrendPoint } from "@/lib/journal/pain-trend";

type PainLineChartProps = {
  /** `points` from an "ok" painTrend result. */
  points: readonly PainTrendPoint[];
  title?: string;
  className?: string;
};

/** A legend swatch: the series' own line (and dot) drawn small. */
function swatch(colour: string, strokeWidth: number, dot: boolean) {
  return s("svg", { ariaHidden: "true", width: 24, height: 10, className: colour }, [
    s("line", { x1: 0, x2: 24, y1: 5, y2: 5, stroke: "currentColor", strokeWidth }),
    ...(dot ? [s("circle", { cx: 12, cy: 5, r: 3, fill: "currentColor" })] : []),
  ]);
}

/** The figure's inside (drawing, legend, table) as HTML; see chart-markup.ts for why a string. */
function painLineChartHtml({
  points,
  title,
  idPrefix,
}: {
  points: readonly PainTrendPoint[];
  title: string;
  idPrefix: string;
}): string {
  const g = painChartGeometry(points);
  const logged = points.filter((p) => p.pain !== null);

  const drawing = labelledSvg(
    {
      width: g.width,
      height: g.height,
      title,
      description: describePainTrend(points),
      idPrefix,
      preserveAspectRatio: "xMidYMid meet",
    },
    [
      ...painAxis(g.yTicks, g.plot),
      s(
        "g",
        { className: "fill-slate-700 text-[14px]" },
        g.xTicks.map((t) =>
          s("text", { x: t.x, y: g.plot.bottom + 24, textAnchor: "middle" }, t.label),
        ),
      ),
      baseline(g.plot),
      s("g", { className: "text-sky-700" }, [
        s("path", { d: g.dailyPath, fill: "none", stroke: "currentColor", strokeWidth: 1.5 }),
        ...g.dots.map((d) => s("circle", { cx: d.x, cy: d.y, r: 3, fill: "currentColor" })),
      ]),
      s("path", {
        className: "text-orange-700",
        d: g.averagePath,
        fill: "none",
        stroke: "currentColor",
        strokeWidth: 3.5,
        strokeLinejoin: "round",
        strokeLinecap: "round",
      }),
    ],
  );

  // A key, not a caption: a <figcaption> must be the figure's first or last child, and the
  // data table's <details> comes after it (W3C checker, e2e/html-validity.spec.ts).
  const legend = h("div", { className: "mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm" }, [
    h("span", { className: "inline-flex items-center gap-2" }, [
      swatch("text-sky-700", 1.5, true),
      "Daily pain (0–10)",
    ]),
    h("span", { className: "inline-flex items-center gap-2" }, [
      swatch("text-orange-700", 3.5, false),
      "7-day average",
    ]),
  ]);

  const table = dataTable({
    caption: `${title}: pain on each logged day, with the 7-day average`,
    columns: [
      { label: "Date" },
      { label: "Pain" },
      { label: "Worst pain" },
      { label: "7-day average" },
    ],
    rows: logged.map((p) => ({
      header: h("time", { dateTime: p.date }, formatShortDate(p.date, true)),
      cells: [p.pain ?? "–", p.worstPain ?? "–", p.sevenDayAverage ?? "–"],
    })),
    emptyText: "No entries in this period.",
  });

  return chartHtml([drawing, legend, table]);
}

/**
 * Daily pain with its 7-day average, drawn on the server as SVG. The figure carries its own
 * white background so the colours keep their contrast (all ≥ 4.5:1) whatever page it sits on,
 * and the two series differ in shape as well as colour: dots and a thin line for daily pain,
 * a thick line for the average.
 */
export function PainLineChart({ points, title = "Pain over time", className }: PainLineChartProps) {
  const html = painLineChartHtml({ points, title, idPrefix: useId() });
  return <ChartFigure html={html} className={className} />;
}
