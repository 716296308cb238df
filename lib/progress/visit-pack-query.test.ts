import { describe, expect, it } from "vitest";
import { VISIT_PACK_SECTION_IDS } from "./visit-pack-options";
import {
  parseVisitPackQuery,
  pickSections,
  visitPackQueryString,
  type SavedVisitPackChoice,
} from "./visit-pack-query";

const today = "2026-12-04";
const parse = (
  params: Record<string, string | string[] | undefined>,
  saved: SavedVisitPackChoice | null = null,
) => parseVisitPackQuery(params, { today, saved });

describe("pickSections", () => {
  it("keeps the pack's own order, drops unknown ids and repeats", () => {
    expect(pickSections(["notes", "quiz", "nope", "quiz", "trend"])).toEqual([
      "quiz",
      "trend",
      "notes",
    ]);
    expect(pickSections([])).toEqual([]);
  });
});

describe("parseVisitPackQuery", () => {
  it("starts with the last 90 days and every section", () => {
    const result = parse({});
    expect(result.options).toEqual({
      from: "2026-09-06",
      to: today,
      sections: [...VISIT_PACK_SECTION_IDS],
    });
    expect(result.range).toEqual({ kind: "days", days: 90 });
    expect(result.errors).toEqual({});
  });

  it("takes a quick pick and the ticked sections, leaving the unticked ones out", () => {
    const result = parse({ set: "1", range: "30", section: ["trend", "quiz", "notes"] });
    expect(result.options).toEqual({
      from: "2026-11-05",
      to: today,
      sections: ["quiz", "trend", "notes"],
    });
    expect(result.range).toEqual({ kind: "days", days: 30 });
  });

  it("reads a single ticked section (one value, not a list)", () => {
    expect(parse({ set: "1", section: "flares" }).options.sections).toEqual(["flares"]);
  });

  it("refuses a submitted form with no section ticked, and shows every section meanwhile", () => {
    const result = parse({ set: "1", range: "90" });
    expect(result.errors.sections).toBe("Choose at least one section.");
    expect(result.options.sections).toEqual([...VISIT_PACK_SECTION_IDS]);
  });

  it("accepts custom dates up to today and at most 366 days long", () => {
    const ok = parse({ range: "custom", from: "2026-01-01", to: "2026-03-31" });
    expect(ok.options).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    expect(ok.range).toEqual({ kind: "dates" });
    expect(parse({ range: "custom", from: "2025-12-04", to: today }).errors).toEqual({});
  });

  it.each([
    [{ from: "2026-03-31", to: "2026-01-01" }, "Enter both dates"],
    [{ from: "2026-02-30", to: "2026-03-01" }, "Enter both dates"],
    [{ from: "2026-01-01" }, "Enter both dates"],
    [{ from: "2026-12-01", to: "2026-12-05" }, "cannot end after today"],
    [{ from: "2025-12-03", to: today }, "at most 366 days"],
    [{ from: "x".repeat(10_000), to: today }, "Enter both dates"],
  ])("refuses custom dates %j with a message, keeping the fallback range", (dates, message) => {
    const result = parse({ range: "custom", ...dates });
    expect(result.errors.range).toContain(message);
    expect(result.options).toMatchObject({ from: "2026-09-06", to: today });
  });

  it("falls back to the member's saved choice: a rolling range stays rolling", () => {
    const saved = { rangeDays: 30, from: "2026-01-01", to: "2026-01-30", sections: ["notes"] };
    expect(parse({}, saved).options).toEqual({
      from: "2026-11-05",
      to: today,
      sections: ["notes"],
    });
  });

  it("falls back to saved fixed dates, and to the default when they are no longer valid", () => {
    const fixed = { rangeDays: null, from: "2026-01-01", to: "2026-01-30", sections: null };
    expect(parse({}, fixed).options).toMatchObject({ from: "2026-01-01", to: "2026-01-30" });
    expect(parse({}, fixed).options.sections).toEqual([...VISIT_PACK_SECTION_IDS]);
    const future = { ...fixed, from: "2027-01-01", to: "2027-01-30" };
    expect(parse({}, future).options).toMatchObject({ from: "2026-09-06", to: today });
  });

  it("lets the query win over the saved choice", () => {
    const saved = { rangeDays: 30, from: null, to: null, sections: ["notes"] };
    const result = parse({ set: "1", range: "180", section: ["quiz"] }, saved);
    expect(result.options).toEqual({ from: "2026-06-08", to: today, sections: ["quiz"] });
  });

  it("ignores a quick pick that is not offered", () => {
    expect(parse({ range: "365" }).range).toEqual({ kind: "days", days: 90 });
  });
});

describe("visitPackQueryString", () => {
  it("round-trips a quick pick and a custom range through the parser", () => {
    for (const params of [
      { set: "1", range: "30", section: ["quiz", "notes"] },
      { set: "1", range: "custom", from: "2026-02-01", to: "2026-04-30", section: ["flares"] },
    ]) {
      const first = parse(params);
      const query = visitPackQueryString(first.options, first.range);
      const search = new URLSearchParams(query);
      const again = parse({
        ...Object.fromEntries(search),
        section: search.getAll("section"),
      });
      expect(again.options).toEqual(first.options);
      expect(again.range).toEqual(first.range);
    }
  });
});
