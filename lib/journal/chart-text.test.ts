import { describe, expect, it } from "vitest";
import { describeComparison, describePainTrend } from "./chart-text";
import type { PainTrendPoint } from "./pain-trend";

const point = (
  date: string,
  pain: number | null,
  sevenDayAverage: number | null,
): PainTrendPoint => ({ date, pain, worstPain: pain, sevenDayAverage });

describe("chart descriptions", () => {
  it("summarise the pain trend in words", () => {
    const points = [
      point("2025-05-01", 6, 6),
      point("2025-05-02", null, 6),
      point("2025-05-03", 2, 4),
    ];
    expect(describePainTrend(points)).toBe(
      "Daily pain from 1 May 2025 to 3 May 2025, 2 of 3 days logged. Pain ranged from 2 to 6 out of 10. The 7-day average fell from 6 to 4.",
    );
    expect(describePainTrend([])).toBe("No pain entries to show.");
  });

  it("summarise a comparison, naming groups with too few days", () => {
    expect(
      describeComparison(
        [
          { label: "After 7 h or more", value: 3.2, days: 12 },
          { label: "After less than 7 h", value: null, days: 2 },
        ],
        "Average pain (0–10)",
      ),
    ).toBe(
      "Average pain (0–10). After 7 h or more: 3.2 (12 days). After less than 7 h: too few days to show (2).",
    );
  });
});
