import { dayNumber, formatShortDate, type IsoDate } from "@/lib/dates/iso-date";
import {
  coord,
  linearScale,
  linePath,
  MAX_DATE_TICKS,
  PAIN_CHART_BOX,
  PAIN_SCALE_MAX,
  plotArea,
  type Box,
  type DateTick,
  type Plot,
  type Tick,
} from "@/lib/journal/chart-geometry";

/**
 * Geometry for /progress's line charts: one or more 0–10 series over dates, placed by date (a
 * missed week leaves a wider step, not a hidden gap). The same boxes, scales and path helpers as
 * the journal's pain chart, so both read alike.
 */
export type DatedValue = { date: IsoDate; value: number };

export type ProgressChartGeometry = {
  width: number;
  height: number;
  plot: Plot;
  yTicks: readonly Tick[];
  xTicks: readonly DateTick[];
  /** One path per series, in the order given. */
  lines: readonly string[];
  /** Each series' points as zero-length segments: drawn as dots by a round cap. */
  dots: readonly string[];
};

export function progressChartGeometry(
  series: readonly (readonly DatedValue[])[],
  box: Box = PAIN_CHART_BOX,
): ProgressChartGeometry {
  const plot = plotArea(box);
  const dates = [...new Set(series.flat().map((p) => p.date))].sort();
  const first = dates[0];
  const last = dates.at(-1);
  const x = linearScale(
    [first ? dayNumber(first) : 0, last ? dayNumber(last) : 0],
    [plot.left, plot.right],
  );
  const y = linearScale([0, PAIN_SCALE_MAX], [plot.bottom, plot.top]);
  const at = (p: DatedValue) => ({ x: coord(x(dayNumber(p.date))), y: coord(y(p.value)) });

  const yTicks: Tick[] = [];
  for (let value = 0; value <= PAIN_SCALE_MAX; value += 2)
    yTicks.push({ value, y: coord(y(value)) });

  // Counted back from the latest date, which is always labelled.
  const step = Math.max(1, Math.ceil((dates.length - 1) / (MAX_DATE_TICKS - 1)));
  const xTicks: DateTick[] = [];
  for (let i = dates.length - 1; i >= 0; i -= step) {
    const date = dates[i];
    if (date !== undefined)
      xTicks.unshift({ date, label: formatShortDate(date), x: coord(x(dayNumber(date))) });
  }

  const sorted = series.map((s) => [...s].sort((a, b) => (a.date < b.date ? -1 : 1)));
  return {
    width: box.width,
    height: box.height,
    plot,
    yTicks,
    xTicks,
    lines: sorted.map((s) => linePath(s.map(at))),
    dots: sorted.map((s) =>
      s
        .map(at)
        .map((p) => `M${p.x},${p.y}h0`)
        .join(""),
    ),
  };
}
