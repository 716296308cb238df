import { formatShortDate, type IsoDate } from "@/lib/dates/iso-date";
import type { PainTrendPoint } from "./pain-trend";

/**
 * Geometry for the server-rendered SVG charts, kept apart from the components so it can be
 * unit-tested as plain data. Coordinates are in viewBox units; the SVG scales to its container.
 */

export type Margin = { top: number; right: number; bottom: number; left: number };
export type Box = { width: number; height: number; margin: Margin };
export type Plot = { left: number; right: number; top: number; bottom: number };
export type Point = { x: number; y: number };
export type Tick = { value: number; y: number };

export const PAIN_SCALE_MAX = 10;
/**
 * Sizes in viewBox units. Text scales with the chart, so the boxes are kept small enough that
 * 14-unit labels stay legible on a phone; the data table is there for anyone who needs more.
 */
export const PAIN_CHART_BOX: Box = {
  width: 600,
  height: 300,
  margin: { top: 16, right: 24, bottom: 40, left: 40 },
};
export const BAR_CHART_BOX: Box = {
  width: 480,
  height: 280,
  margin: { top: 32, right: 16, bottom: 56, left: 40 },
};

/** Two decimals is far below a pixel at any size, and keeps the markup short and stable. */
export function coord(n: number): number {
  const rounded = Math.round(n * 100) / 100;
  return rounded === 0 ? 0 : rounded; // no "-0" in path strings
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * An SVG path through the points; null starts a new segment, so a line never bridges days
 * without data and a gap in the journal stays visible as a gap.
 */
export function linePath(points: readonly (Point | null)[]): string {
  let path = "";
  let drawing = false;
  for (const point of points) {
    if (point === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? "L" : "M"}${coord(point.x)},${coord(point.y)}`;
    drawing = true;
  }
  return path;
}

export function plotArea(box: Box): Plot {
  return {
    left: box.margin.left,
    right: box.width - box.margin.right,
    top: box.margin.top,
    bottom: box.height - box.margin.bottom,
  };
}

function painTicks(plot: Plot, max: number): Tick[] {
  const y = linearScale([0, max], [plot.bottom, plot.top]);
  const ticks: Tick[] = [];
  for (let value = 0; value <= max; value += 2) ticks.push({ value, y: coord(y(value)) });
  return ticks;
}

export type DateTick = { date: IsoDate; label: string; x: number };
export type PainDot = { date: IsoDate; pain: number } & Point;

export type PainChartGeometry = {
  width: number;
  height: number;
  plot: Plot;
  yTicks: readonly Tick[];
  xTicks: readonly DateTick[];
  dots: readonly PainDot[];
  /** Daily pain, broken at unlogged days. */
  dailyPath: string;
  /** The 7-day average, broken only where a whole week has no entry. */
  averagePath: string;
};

/** About six date labels fit under the chart without crowding. */
export const MAX_DATE_TICKS = 6;

export function painChartGeometry(
  allPoints: readonly PainTrendPoint[],
  box: Box = PAIN_CHART_BOX,
): PainChartGeometry {
  // The axis starts at the first logged day: a year's view of a journal begun in June is
  // not half empty (UX review #6). The data table still lists the whole period.
  const first = allPoints.findIndex((p) => p.pain !== null);
  const points = first > 0 ? allPoints.slice(first) : allPoints;
  const plot = plotArea(box);
  const x = linearScale([0, Math.max(points.length - 1, 0)], [plot.left, plot.right]);
  const y = linearScale([0, PAIN_SCALE_MAX], [plot.bottom, plot.top]);
  const at = (index: number, value: number): Point => ({ x: coord(x(index)), y: coord(y(value)) });

  const dots: PainDot[] = [];
  points.forEach((p, i) => {
    if (p.pain !== null) dots.push({ date: p.date, pain: p.pain, ...at(i, p.pain) });
  });

  // Counted back from the last day so the most recent date, the one members look for, is
  // always labelled.
  const step = Math.max(1, Math.ceil((points.length - 1) / (MAX_DATE_TICKS - 1)));
  const xTicks: DateTick[] = [];
  for (let i = points.length - 1; i >= 0; i -= step) {
    const date = points[i]?.date;
    if (date !== undefined) xTicks.unshift({ date, label: formatShortDate(date), x: coord(x(i)) });
  }

  return {
    width: box.width,
    height: box.height,
    plot,
    yTicks: painTicks(plot, PAIN_SCALE_MAX),
    xTicks,
    dots,
    dailyPath: linePath(points.map((p, i) => (p.pain === null ? null : at(i, p.pain)))),
    averagePath: linePath(
      points.map((p, i) => (p.sevenDayAverage === null ? null : at(i, p.sevenDayAverage))),
    ),
  };
}

export type BarDatum = { label: string; value: number | null };
export type Bar = {
  label: string;
  value: number | null;
  x: number;
  y: number;
  width: number;
  /** Zero when the value is null (too little data). */
  height: number;
  /** Horizontal centre, for the labels under and above the bar. */
  centerX: number;
};
export type BarChartGeometry = {
  width: number;
  height: number;
  plot: Plot;
  yTicks: readonly Tick[];
  bars: readonly Bar[];
};

/** Bars take 60% of their slot, leaving gaps wide enough to tell neighbours apart. */
export const BAR_FILL = 0.6;

export function barChartGeometry(
  data: readonly BarDatum[],
  options: { max?: number; box?: Box } = {},
): BarChartGeometry {
  const max = options.max ?? PAIN_SCALE_MAX;
  const box = options.box ?? BAR_CHART_BOX;
  const plot = plotArea(box);
  const y = linearScale([0, max], [plot.bottom, plot.top]);
  const slot = data.length === 0 ? 0 : (plot.right - plot.left) / data.length;
  const barWidth = slot * BAR_FILL;

  const bars = data.map((datum, i): Bar => {
    const value = datum.value === null ? null : Math.min(Math.max(datum.value, 0), max);
    const top = value === null ? plot.bottom : y(value);
    const left = plot.left + i * slot + (slot - barWidth) / 2;
    return {
      label: datum.label,
      value: datum.value,
      x: coord(left),
      y: coord(top),
      width: coord(barWidth),
      height: coord(plot.bottom - top),
      centerX: coord(left + barWidth / 2),
    };
  });

  return { width: box.width, height: box.height, plot, yTicks: painTicks(plot, max), bars };
}
