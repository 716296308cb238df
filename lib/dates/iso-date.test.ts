import { describe, expect, it } from "vitest";
import {
  addDays,
  dayNumber,
  daysBetween,
  formatShortDate,
  fromDayNumber,
  isIsoDate,
} from "./iso-date";

describe("iso dates", () => {
  it("accepts only real calendar days", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
    expect(isIsoDate("not a date")).toBe(false);
  });

  it("adds and subtracts days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(daysBetween("2025-03-01", "2025-03-15")).toBe(14);
    expect(fromDayNumber(dayNumber("2025-03-30"))).toBe("2025-03-30");
  });

  it("formats short dates without depending on the locale", () => {
    expect(formatShortDate("2025-03-03")).toBe("3 Mar");
    expect(formatShortDate("2025-12-25", true)).toBe("25 Dec 2025");
  });
});

describe("remembered conversions", () => {
  it("give the same answers when asked again, also after more dates than they keep", () => {
    expect(isIsoDate("2025-02-30")).toBe(false);
    expect(dayNumber("2025-03-01")).toBe(20148);
    // 12,000 distinct days overflows the remembered answers at least once.
    for (let day = 0; day < 12_000; day++) expect(dayNumber(fromDayNumber(day))).toBe(day);
    expect(isIsoDate("2025-02-30")).toBe(false);
    expect(isIsoDate("2025-02-28")).toBe(true);
    expect(dayNumber("2025-03-01")).toBe(20148);
    expect(() => dayNumber("x".repeat(100_000))).toThrow(RangeError);
  });
});
