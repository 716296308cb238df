import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { STRESS_MIN_DAYS, stressVsPain } from "./stress-vs-pain";

const TODAY = "2025-05-31";
const days = (pairs: readonly (readonly [stress: number | null, pain: number])[]) =>
  pairs.map(([stress, pain], ago) => ({ date: addDays(TODAY, -ago), stress, pain }));

describe("stressVsPain", () => {
  it("needs 10 days with stress logged", () => {
    const nine = days(Array.from({ length: 9 }, (_, i) => [i, i] as const));
    expect(stressVsPain(nine, { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 9,
      needed: STRESS_MIN_DAYS,
    });
    const withBlanks = days([...Array.from({ length: 9 }, (_, i) => [i, i] as const), [null, 3]]);
    expect(stressVsPain(withBlanks, { today: TODAY }).status).toBe("insufficient");
    expect(stressVsPain([], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 0,
    });
  });

  it("uses no strength word below 21 days: 20 days could be chance", () => {
    const entries = days(Array.from({ length: 20 }, (_, i) => [i % 11, i % 11] as const));
    const result = stressVsPain(entries, { today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.correlation).toBe(1);
    expect(result.reading).toBe(
      "Over 20 days higher-stress days tended to be higher-pain days, but with only 20 days this could be chance. Keep logging: from 21 days the pattern becomes easier to trust.",
    );
    expect(result.reading).not.toMatch(/strong|moderate|weak/);
  });

  it("reads a strong positive link in plain words from 21 days, without claiming a cause", () => {
    const entries = days(Array.from({ length: 21 }, (_, i) => [i % 11, i % 11] as const));
    const result = stressVsPain(entries, { today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.strength).toBe("strong");
    expect(result.reading).toBe(
      "Over 21 days there is a strong link: higher-stress days tended to be higher-pain days. A link is not proof that one causes the other.",
    );
  });

  it("gives the mean pain for low, medium and high stress, hiding thin bands", () => {
    const entries = days([
      [0, 2],
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 4],
      [5, 4],
      [6, 5],
      [7, 6],
      [9, 7],
      [2, 2],
    ]);
    const result = stressVsPain(entries, { today: TODAY });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.bands).toEqual([
      { key: "low", label: "Low stress (0–3)", days: 5, meanPain: 2.4 },
      { key: "medium", label: "Medium stress (4–6)", days: 3, meanPain: 4.3 },
      { key: "high", label: "High stress (7–10)", days: 2, meanPain: null },
    ]);
  });

  it("says so when stress never changes", () => {
    const entries = days(Array.from({ length: 12 }, (_, i) => [5, i % 10] as const));
    const result = stressVsPain(entries, { today: TODAY });
    expect(result).toMatchObject({ status: "ok", correlation: null, strength: "no-spread" });
  });

  it("reports a negative link the other way round", () => {
    const entries = days(Array.from({ length: 10 }, (_, i) => [i, 9 - i] as const));
    const result = stressVsPain(entries, { today: TODAY });
    expect(result.status === "ok" && result.reading).toMatch(
      /higher-stress days tended to be lower-pain days/,
    );
  });

  it("finds no clear link in unrelated ratings", () => {
    // Pain rises with distance from medium stress either way: symmetric, so r is exactly 0.
    const entries = days([
      [1, 4],
      [2, 1],
      [3, 0],
      [4, 1],
      [5, 4],
      [1, 4],
      [2, 1],
      [3, 0],
      [4, 1],
      [5, 4],
    ]);
    const result = stressVsPain(entries, { today: TODAY });
    expect(result).toMatchObject({ status: "ok", strength: "none", correlation: 0 });
    expect(result.status === "ok" && result.reading).toBe(
      "Over 10 days there is no clear link between your stress and your pain.",
    );
  });
});
