import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/iso-date";
import { streaks } from "./streaks";

const TODAY = "2025-05-31";
const ago = (...days: number[]) => days.map((d) => ({ date: addDays(TODAY, -d) }));

describe("streaks", () => {
  it("is zero for an empty journal", () => {
    expect(streaks([], { today: TODAY })).toEqual({
      status: "ok",
      basedOnDays: 0,
      current: 0,
      currentSince: null,
      longest: 0,
      loggedToday: false,
    });
  });

  it("counts a single entry today", () => {
    expect(streaks(ago(0), { today: TODAY })).toMatchObject({
      current: 1,
      longest: 1,
      currentSince: TODAY,
      loggedToday: true,
    });
  });

  it("keeps the streak alive through today until today is over", () => {
    expect(streaks(ago(1, 2, 3), { today: TODAY })).toMatchObject({
      current: 3,
      currentSince: addDays(TODAY, -3),
      loggedToday: false,
    });
  });

  it("breaks the current streak after a missed day", () => {
    expect(streaks(ago(2, 3, 4), { today: TODAY })).toMatchObject({
      current: 0,
      longest: 3,
      currentSince: null,
    });
  });

  it("finds the longest run anywhere in the history, across gaps", () => {
    const result = streaks([...ago(0, 1), ...ago(5, 6, 7, 8), ...ago(20, 22)], { today: TODAY });
    expect(result).toMatchObject({ basedOnDays: 8, current: 2, longest: 4 });
  });

  it("ignores duplicate dates and entries after today", () => {
    const result = streaks([...ago(0, 0, 1), { date: addDays(TODAY, 1) }], { today: TODAY });
    expect(result).toMatchObject({ basedOnDays: 2, current: 2, longest: 2 });
  });
});
