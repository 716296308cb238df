import { describe, expect, it } from "vitest";
import { activitiesTable } from "./activities-table";
import { addDays } from "@/lib/dates/iso-date";
import type { ActivityResponse } from "./types";

const TODAY = "2025-05-31";
const day = (ago: number, ...activities: [string, ActivityResponse][]) => ({
  date: addDays(TODAY, -ago),
  activities: activities.map(([name, response]) => ({ name, response })),
});

describe("activitiesTable", () => {
  it("groups names case-insensitively and counts better, same and worse", () => {
    const result = activitiesTable(
      [
        day(5, ["walking", "better"], ["Cycling", "same"]),
        day(4, ["Walking", "better"]),
        day(3, ["  WALKING ", "worse"], ["Gardening", "worse"]),
        day(2, ["Walking", "same"], ["cycling", "better"]),
        day(1),
      ],
      { today: TODAY },
    );
    expect(result).toEqual({
      status: "ok",
      basedOnDays: 4,
      rows: [
        { name: "Walking", better: 2, same: 1, worse: 1, total: 4, lastTried: addDays(TODAY, -2) },
        { name: "Cycling", better: 1, same: 1, worse: 0, total: 2, lastTried: addDays(TODAY, -2) },
        {
          name: "Gardening",
          better: 0,
          same: 0,
          worse: 1,
          total: 1,
          lastTried: addDays(TODAY, -3),
        },
      ],
    });
  });

  it("breaks ties in total alphabetically and keeps the earliest spelling on a tie", () => {
    const result = activitiesTable(
      [
        day(3, ["swimming", "same"]),
        day(2, ["Swimming", "better"]),
        day(1, ["Yoga", "same"], ["bike", "same"]),
      ],
      { today: TODAY },
    );
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.rows.map((r) => r.name)).toEqual(["swimming", "bike", "Yoga"]);
  });

  it("ignores blank names and entries outside the window", () => {
    const result = activitiesTable(
      [day(1, ["  ", "better"]), day(40, ["Running", "worse"]), day(-1, ["Tomorrow", "same"])],
      { today: TODAY, days: 30 },
    );
    expect(result).toMatchObject({ status: "insufficient", basedOnDays: 0, needed: 1 });
  });

  it("handles an empty journal and a single activity", () => {
    expect(activitiesTable([], { today: TODAY })).toMatchObject({
      status: "insufficient",
      basedOnDays: 0,
    });
    expect(activitiesTable([day(0, ["Walk", "better"])], { today: TODAY })).toMatchObject({
      status: "ok",
      basedOnDays: 1,
      rows: [{ name: "Walk", total: 1 }],
    });
  });
});
