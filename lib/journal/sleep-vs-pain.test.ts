import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { SLEEP_MIN_DAYS_PER_GROUP, sleepVsPain } from "./sleep-vs-pain";

const TODAY = "2025-05-31";
const night = (ago: number, sleepHours: number | null, pain: number) => ({
  date: addDays(TODAY, -ago),
  sleepHours,
  pain,
});

function nights(from: number, count: number, hours: number, pain: number) {
  return Array.from({ length: count }, (_, i) => night(from + i, hours, pain));
}

describe("sleepVsPain", () => {
  it("compares pain after nights of 7 hours or more with shorter nights", () => {
    const result = sleepVsPain([...nights(0, 5, 7, 3), ...nights(5, 5, 6.5, 5)], { today: TODAY });
    expect(result).toMatchObject({
      status: "ok",
      basedOnDays: 10,
      longNights: { days: 5, meanPain: 3 },
      shortNights: { days: 5, meanPain: 5 },
      difference: 2,
    });
    expect(result.status === "ok" && result.summary).toMatch(
      /averaged 3 \(5 days\).*averaged 5 \(5 days\)/,
    );
  });

  it("counts exactly 7 hours as a good night", () => {
    const result = sleepVsPain([...nights(0, 5, 7, 2), ...nights(5, 5, 6.5, 2)], { today: TODAY });
    expect(result.status === "ok" && result.longNights.days).toBe(5);
  });

  it("needs 5 days in each group", () => {
    const result = sleepVsPain([...nights(0, 4, 8, 3), ...nights(4, 9, 5, 5)], { today: TODAY });
    expect(result).toMatchObject({
      status: "insufficient",
      basedOnDays: 13,
      needed: SLEEP_MIN_DAYS_PER_GROUP,
    });
    expect(result.status === "insufficient" && result.message).toMatch(/you have 4 and 9/);
  });

  it("leaves out days without sleep logged, and handles an empty or one-entry journal", () => {
    const entries = [...nights(0, 5, 8, 3), ...nights(5, 5, 5, 5), night(10, null, 9)];
    expect(sleepVsPain(entries, { today: TODAY }).basedOnDays).toBe(10);
    expect(sleepVsPain([], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 0,
    });
    expect(sleepVsPain([night(0, 8, 2)], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 1,
    });
  });

  it("can be limited to recent days", () => {
    const entries = [...nights(0, 5, 8, 3), ...nights(40, 5, 5, 5)];
    expect(sleepVsPain(entries, { today: TODAY }).status).toBe("ok");
    expect(sleepVsPain(entries, { today: TODAY, days: 30 }).status).toBe("insufficient");
  });
});
