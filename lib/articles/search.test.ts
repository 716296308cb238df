import { describe, expect, it } from "vitest";
import { filterByTag, queryTerms, searchArticles, type Searchable } from "./search";

const article = (slug: string, over: Partial<Searchable> = {}): Searchable => ({
  slug,
  title: slug,
  description: "",
  tags: [],
  text: "",
  published: "2026-01-01",
  ...over,
});

const walking = article("walking", {
  title: "Walking for lower back pain",
  tags: ["walking", "exercise"],
  published: "2026-03-01",
});
const sleep = article("sleep", {
  title: "Sleep and stress",
  text: "Sleep seven to eight hours. A short walk helps.",
  published: "2026-02-01",
});
const desk = article("desk", {
  title: "Desk work",
  description: "Breaks from sitting",
  tags: ["desk-work"],
  published: "2026-04-01",
});
const all = [sleep, walking, desk];

describe("searchArticles", () => {
  it("returns everything newest first for an empty query", () => {
    expect(searchArticles(all, "  ").map((a) => a.slug)).toEqual(["desk", "walking", "sleep"]);
  });

  it("matches word prefixes and ranks title matches above body matches", () => {
    expect(searchArticles(all, "walk").map((a) => a.slug)).toEqual(["walking", "sleep"]);
  });

  it("requires every term, ignoring case, accents and stop words", () => {
    expect(searchArticles(all, "How to SLEEP with strèss").map((a) => a.slug)).toEqual(["sleep"]);
    expect(searchArticles(all, "sleep desk")).toEqual([]);
  });

  it("searches tags and descriptions", () => {
    expect(searchArticles(all, "sitting").map((a) => a.slug)).toEqual(["desk"]);
    expect(searchArticles(all, "exercise").map((a) => a.slug)).toEqual(["walking"]);
  });

  it("does not let one- and two-letter terms match inside words", () => {
    expect(searchArticles(all, "wa")).toEqual([]);
  });

  it("finds nothing for a query of only stop words' opposite: unknown words", () => {
    expect(searchArticles(all, "zebra")).toEqual([]);
  });
});

describe("queryTerms", () => {
  it("de-duplicates and caps the query length", () => {
    expect(queryTerms("Walk walk WALK")).toEqual(["walk"]);
    expect(queryTerms("x".repeat(500))[0]).toHaveLength(100);
  });
});

describe("filterByTag", () => {
  it("keeps only articles with the tag, or all without one", () => {
    expect(filterByTag(all, "desk-work").map((a) => a.slug)).toEqual(["desk"]);
    expect(filterByTag(all, undefined)).toHaveLength(3);
  });
});
