import { describe, expect, it } from "vitest";
import { isTimeZone, localMoment, weekStart, weekdayOf, zonedInstant } from "./local-time";

describe("a member's local clock", () => {
  it("reads the date and time in the member's zone, not the server's", () => {
    const instant = new Date("2026-03-10T02:30:00Z");
    expect(localMoment(instant, "UTC")).toEqual({ date: "2026-03-10", minutes: 150, weekday: 2 });
    expect(localMoment(instant, "America/Los_Angeles")).toEqual({
      date: "2026-03-09",
      minutes: 19 * 60 + 30,
      weekday: 1,
    });
    expect(localMoment(instant, "Asia/Kolkata").minutes).toBe(8 * 60);
  });

  it("keeps 23:59 on the member's own day, though it is already tomorrow in UTC", () => {
    // 23:59 in Los Angeles on Friday 6 Nov 2026 is 07:59 UTC on Saturday.
    const instant = zonedInstant("2026-11-06", 23 * 60 + 59, "America/Los_Angeles");
    expect(instant.toISOString()).toBe("2026-11-07T07:59:00.000Z");
    expect(localMoment(instant, "America/Los_Angeles")).toEqual({
      date: "2026-11-06",
      minutes: 23 * 60 + 59,
      weekday: 5,
    });
  });

  it("finds 18:00 on both sides of a daylight-saving change", () => {
    // London moves from GMT to BST on Sunday 29 March 2026.
    expect(zonedInstant("2026-03-28", 18 * 60, "Europe/London").toISOString()).toBe(
      "2026-03-28T18:00:00.000Z",
    );
    expect(zonedInstant("2026-03-29", 18 * 60, "Europe/London").toISOString()).toBe(
      "2026-03-29T17:00:00.000Z",
    );
    // New York falls back on Sunday 1 November 2026.
    expect(zonedInstant("2026-10-31", 18 * 60, "America/New_York").toISOString()).toBe(
      "2026-10-31T22:00:00.000Z",
    );
    expect(zonedInstant("2026-11-01", 18 * 60, "America/New_York").toISOString()).toBe(
      "2026-11-01T23:00:00.000Z",
    );
  });

  it("places a skipped time after the jump and a repeated time at its first occurrence", () => {
    // 02:30 does not exist in London on 29 March 2026; 01:30 happens twice in New York on 1 Nov.
    const skipped = zonedInstant("2026-03-29", 2 * 60 + 30, "Europe/London");
    expect(localMoment(skipped, "Europe/London")).toMatchObject({ date: "2026-03-29" });
    const repeated = zonedInstant("2026-11-01", 90, "America/New_York");
    expect(repeated.toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("names weekdays and week starts", () => {
    expect(weekdayOf("2026-12-04")).toBe(5);
    expect(weekdayOf("2026-12-06")).toBe(7);
    expect(weekStart("2026-12-06")).toBe("2026-11-30");
    expect(weekStart("2026-11-30")).toBe("2026-11-30");
  });

  it("accepts real zone names only", () => {
    expect(isTimeZone("Europe/London")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("x".repeat(10_000))).toBe(false);
  });
});
