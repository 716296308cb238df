import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { flareEpisodes, sessionsSummary } from "./visit-pack-figures";

/** A usual worst pain of 4, then `worst` on the days listed (offsets from `start`). */
function journal(start: string, days: number, spikes: Record<number, number>) {
  return Array.from({ length: days }, (_, i) => ({
    date: addDays(start, i),
    worstPain: spikes[i] ?? 4,
  }));
}

describe("flareEpisodes", () => {
  it("finds each flare-up in the range once, from its first day to its last", () => {
    // Usual 4; days 40–43 and 70–73 at 7 (3 above usual on 4 days in a row).
    const entries = journal("2026-01-01", 100, {
      40: 7,
      41: 7,
      42: 7,
      43: 7,
      70: 7,
      71: 7,
      72: 7,
      73: 7,
    });
    const episodes = flareEpisodes(entries, { from: "2026-01-31", to: "2026-04-10" });
    expect(episodes).toEqual([
      { since: "2026-02-10", until: "2026-02-13", source: "rise" },
      { since: "2026-03-12", until: "2026-03-15", source: "rise" },
    ]);
  });

  it("finds none in a steady journal, and none without entries", () => {
    expect(
      flareEpisodes(journal("2026-01-01", 60, {}), { from: "2026-02-01", to: "2026-03-01" }),
    ).toEqual([]);
    expect(flareEpisodes([], { from: "2026-02-01", to: "2026-03-01" })).toEqual([]);
  });

  it("ignores a flare-up that is over before the range starts", () => {
    const entries = journal("2026-01-01", 100, { 40: 7, 41: 7, 42: 7, 43: 7 });
    expect(flareEpisodes(entries, { from: "2026-03-01", to: "2026-04-10" })).toEqual([]);
  });

  it("counts a declared flare-up while it is open", () => {
    const episodes = flareEpisodes(journal("2026-01-01", 60, {}), {
      from: "2026-02-20",
      to: "2026-03-01",
      declaredOn: "2026-02-27",
    });
    expect(episodes).toEqual([{ since: "2026-02-27", until: "2026-03-01", source: "declared" }]);
  });
});

describe("sessionsSummary", () => {
  const sessions = [
    { date: "2026-02-27", painBefore: 6, painAfter: 5 },
    { date: "2026-03-02", painBefore: 5, painAfter: 4 },
    { date: "2026-03-05", painBefore: 4, painAfter: 4 },
    { date: "2026-03-20", painBefore: 3, painAfter: 2 },
  ];

  it("counts the sessions in the range against every day a plan offered one", () => {
    expect(
      sessionsSummary(sessions, {
        from: "2026-03-01",
        to: "2026-03-14",
        planStartedOn: "2026-01-01",
      }),
    ).toEqual({
      done: 2,
      offeredDays: 14,
      perWeek: 1,
      lastOn: "2026-03-05",
      meanPainBefore: 4.5,
      meanPainAfter: 4,
    });
  });

  it("offers sessions only from the day the plan began", () => {
    const result = sessionsSummary(sessions, {
      from: "2026-02-01",
      to: "2026-03-07",
      planStartedOn: "2026-03-01",
    });
    expect(result.offeredDays).toBe(7);
    expect(result.done).toBe(3);
  });

  it("says nothing was offered without a plan, or with one that starts after the range", () => {
    const none = sessionsSummary([], { from: "2026-03-01", to: "2026-03-14", planStartedOn: null });
    expect(none).toMatchObject({
      done: 0,
      offeredDays: 0,
      perWeek: 0,
      lastOn: null,
      meanPainBefore: null,
    });
    expect(
      sessionsSummary([], { from: "2026-03-01", to: "2026-03-14", planStartedOn: "2026-04-01" })
        .offeredDays,
    ).toBe(0);
  });
});
