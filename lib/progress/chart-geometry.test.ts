import { describe, expect, it } from "vitest";
import { PAIN_CHART_BOX, plotArea } from "@/lib/journal/chart-geometry";
import { progressChartGeometry } from "./chart-geometry";

describe("progressChartGeometry", () => {
  const plot = plotArea(PAIN_CHART_BOX);

  it("places points by date on the 0–10 scale, first date left and latest right", () => {
    const g = progressChartGeometry([
      [
        { date: "2026-03-02", value: 10 },
        { date: "2026-03-09", value: 5 },
        { date: "2026-03-30", value: 0 },
      ],
    ]);
    expect(g.lines[0]).toBe(
      `M${plot.left},${plot.top}L${plot.left + (plot.right - plot.left) / 4},${(plot.top + plot.bottom) / 2}L${plot.right},${plot.bottom}`,
    );
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(g.xTicks.at(-1)).toMatchObject({ date: "2026-03-30", label: "30 Mar", x: plot.right });
  });

  it("labels at most six dates and always the latest", () => {
    const points = Array.from({ length: 26 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10),
      value: 5,
    }));
    const g = progressChartGeometry([points]);
    expect(g.xTicks.length).toBeLessThanOrEqual(6);
    expect(g.xTicks.at(-1)?.date).toBe(points.at(-1)?.date);
  });

  it("draws nothing for no data", () => {
    expect(progressChartGeometry([[]])).toMatchObject({ lines: [""], dots: [""], xTicks: [] });
  });
});
