import { describe, expect, it } from "vitest";
import {
  BAR_CHART_BOX,
  PAIN_CHART_BOX,
  barChartGeometry,
  coord,
  linePath,
  linearScale,
  painChartGeometry,
  plotArea,
} from "./chart-geometry";
import { addDays } from "@/lib/dates/iso-date";
import type { PainTrendPoint } from "./pain-trend";

const point = (
  date: string,
  pain: number | null,
  sevenDayAverage: number | null,
): PainTrendPoint => ({
  date,
  pain,
  worstPain: pain,
  sevenDayAverage,
});

describe("chart geometry", () => {
  it("maps a domain onto a range, including an inverted y axis", () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
    expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
  });

  it("rounds coordinates to two decimals without negative zero", () => {
    expect(coord(1 / 3)).toBe(0.33);
    expect(Object.is(coord(-0.001), 0)).toBe(true);
  });

  it("breaks a line at gaps", () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, null, { x: 3, y: 4 }, { x: 4, y: 5 }])).toBe(
      "M0,1L1,2M3,4L4,5",
    );
    expect(linePath([])).toBe("");
    expect(linePath([null, { x: 1, y: 1 }])).toBe("M1,1");
  });

  it("places pain points on a 0–10 scale across the plot area", () => {
    const points = [
      point("2025-05-01", 0, 0),
      point("2025-05-02", null, 5),
      point("2025-05-03", 10, 5),
    ];
    const g = painChartGeometry(points);
    const plot = plotArea(PAIN_CHART_BOX);
    expect(g.dots).toEqual([
      { date: "2025-05-01", pain: 0, x: plot.left, y: plot.bottom },
      { date: "2025-05-03", pain: 10, x: plot.right, y: plot.top },
    ]);
    expect(g.dailyPath).toBe(`M${plot.left},${plot.bottom}M${plot.right},${plot.top}`);
    const midY = (plot.top + plot.bottom) / 2;
    expect(g.averagePath).toBe(
      `M${plot.left},${plot.bottom}L${(plot.left + plot.right) / 2},${midY}L${plot.right},${midY}`,
    );
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(g.yTicks[0]?.y).toBe(plot.bottom);
    expect(g.yTicks.at(-1)?.y).toBe(plot.top);
  });

  it("labels at most six dates", () => {
    const points = Array.from({ length: 30 }, (_, i) => point(addDays("2025-05-01", i), 3, 3));
    const g = painChartGeometry(points);
    expect(g.xTicks.length).toBeLessThanOrEqual(6);
    expect(g.xTicks.at(-1)).toMatchObject({ date: "2025-05-30", label: "30 May" });
    expect(g.xTicks.map((t) => t.label)).toEqual(["6 May", "12 May", "18 May", "24 May", "30 May"]);
    const year = painChartGeometry(
      Array.from({ length: 365 }, (_, i) => point(addDays("2025-01-01", i), null, null)),
    );
    expect(year.xTicks.length).toBeLessThanOrEqual(6);
    expect(year.dailyPath).toBe("");
  });

  it("starts a year's axis at the first logged day, not half a year of empty space before it", () => {
    const year = Array.from({ length: 365 }, (_, i) =>
      i < 180 ? point(addDays("2025-01-01", i), null, null) : point(addDays("2025-01-01", i), 4, 4),
    );
    const g = painChartGeometry(year);
    const plot = plotArea(PAIN_CHART_BOX);
    expect(g.dots[0]).toMatchObject({ date: addDays("2025-01-01", 180), x: plot.left });
    expect(g.dots.at(-1)?.x).toBe(plot.right);
    expect(g.xTicks.every((t) => t.date >= addDays("2025-01-01", 180))).toBe(true);
  });

  it("centres a single point and copes with none", () => {
    const one = painChartGeometry([point("2025-05-01", 4, 4)]);
    const plot = plotArea(PAIN_CHART_BOX);
    expect(one.dots[0]?.x).toBe((plot.left + plot.right) / 2);
    const none = painChartGeometry([]);
    expect(none.dots).toEqual([]);
    expect(none.xTicks).toEqual([]);
  });

  it("sizes bars to their values and leaves a null bar empty", () => {
    const g = barChartGeometry([
      { label: "A", value: 10 },
      { label: "B", value: 5 },
      { label: "C", value: null },
    ]);
    const plot = plotArea(BAR_CHART_BOX);
    const height = plot.bottom - plot.top;
    expect(g.bars.map((b) => b.height)).toEqual([height, height / 2, 0]);
    expect(g.bars[0]?.y).toBe(plot.top);
    expect(g.bars[2]?.value).toBeNull();
    const slot = (plot.right - plot.left) / 3;
    expect(g.bars[1]?.centerX).toBeCloseTo(plot.left + slot * 1.5, 1);
    expect(g.bars[0]?.width).toBeCloseTo(slot * 0.6, 1);
  });

  it("clamps bar values into the scale", () => {
    const g = barChartGeometry([
      { label: "A", value: 14 },
      { label: "B", value: -2 },
    ]);
    const plot = plotArea(BAR_CHART_BOX);
    expect(g.bars[0]?.height).toBe(plot.bottom - plot.top);
    expect(g.bars[1]?.height).toBe(0);
  });
});
