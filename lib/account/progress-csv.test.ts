import { describe, expect, it } from "vitest";
import { progressToCsv } from "./progress-csv";

describe("progressToCsv", () => {
  it("defuses a formula in an activity name and quotes commas", () => {
    const csv = progressToCsv({
      checkIns: [],
      ratings: [
        { ratedOn: "2026-11-01", name: "=HYPERLINK(1)", archived: true, rating: 3 },
        { ratedOn: "2026-11-02", name: "Lift, carry", archived: false, rating: 5 },
      ],
    });
    expect(csv.split("\r\n").slice(1, 3)).toEqual([
      "activity_rating,2026-11-01,,,,,,'=HYPERLINK(1),yes,3",
      'activity_rating,2026-11-02,,,,,,"Lift, carry",no,5',
    ]);
  });
});
