import { describe, expect, it } from "vitest";
import { activeVsRest } from "./active-vs-rest";
import { addDays } from "@/lib/dates/iso-date";

const TODAY = "2025-05-31";
const day = (ago: number, activeMinutes: number | null, pain: number) => ({
  date: addDays(TODAY, -ago),
  activeMinutes,
  pain,
});

describe("activeVsRest", () => {
  it("compares active days (20+ minutes) with rest days, and the days after each", () => {
    // Alternate over 20 consecutive days: even days ago active (pain 3), odd days ago rest (pain 5).
    const entries = Array.from({ length: 20 }, (_, ago) =>
      ago % 2 === 0 ? day(ago, 20, 3) : day(ago, 19, 5),
    );
    const result = activeVsRest(entries, { today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.active).toEqual({ days: 10, meanPain: 3 });
    expect(result.rest).toEqual({ days: 10, meanPain: 5 });
    // The day after an active day is a rest day (pain 5), and vice versa.
    expect(result.dayAfter).toMatchObject({
      status: "ok",
      basedOnDays: 19,
      active: { days: 9, meanPain: 5 },
      rest: { days: 10, meanPain: 3 },
    });
    expect(result.summary).toMatch(/^On active days \(20\+ minutes\) your pain averaged 3/);
  });

  it("pairs only consecutive logged days for the day after", () => {
    // Every other day logged: no entry ever has a logged next day.
    const entries = Array.from({ length: 20 }, (_, i) => day(i * 2, i % 2 === 0 ? 45 : 0, 4));
    const result = activeVsRest(entries, { today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.dayAfter).toMatchObject({ status: "insufficient", basedOnDays: 0, needed: 5 });
  });

  it("leaves out days without active minutes instead of calling them rest days", () => {
    const entries = [
      ...Array.from({ length: 5 }, (_, i) => day(i, 60, 2)),
      ...Array.from({ length: 4 }, (_, i) => day(i + 5, 0, 6)),
      ...Array.from({ length: 5 }, (_, i) => day(i + 9, null, 6)),
    ];
    const result = activeVsRest(entries, { today: TODAY });
    expect(result).toMatchObject({ status: "insufficient", basedOnDays: 9, needed: 5 });
    expect(result.status === "insufficient" && result.message).toMatch(
      /5 active and 4 less active/,
    );
  });

  it("handles an empty or one-entry journal", () => {
    expect(activeVsRest([], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 0,
    });
    expect(activeVsRest([day(0, 30, 3)], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 1,
    });
  });
});
