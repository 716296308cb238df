import { describe, expect, it } from "vitest";
import { activitiesDue } from "./activities";

describe("activitiesDue", () => {
  it("is never due with no active activities", () => {
    expect(activitiesDue({ lastRatedOn: [], today: "2026-12-04" })).toBe(false);
  });
  it("is due from 14 days after an activity's last rating", () => {
    expect(activitiesDue({ lastRatedOn: ["2026-11-21"], today: "2026-12-04" })).toBe(false);
    expect(activitiesDue({ lastRatedOn: ["2026-11-20"], today: "2026-12-04" })).toBe(true);
    expect(activitiesDue({ lastRatedOn: ["2026-12-01", "2026-11-01"], today: "2026-12-04" })).toBe(
      true,
    );
  });
});
