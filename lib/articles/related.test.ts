import { describe, expect, it } from "vitest";
import { relatedArticles } from "./related";

const a = (slug: string, tags: string[], published = "2026-01-01") => ({ slug, tags, published });

describe("relatedArticles", () => {
  it("orders by shared tags, then newest, and never includes the article itself", () => {
    const self = a("self", ["walking", "exercise", "sleep"]);
    const all = [
      self,
      a("one-tag-new", ["sleep"], "2026-05-01"),
      a("two-tags", ["walking", "exercise"]),
      a("one-tag-old", ["walking"]),
      a("none", ["desk-work"]),
    ];
    expect(relatedArticles(self, all).map((r) => r.slug)).toEqual([
      "two-tags",
      "one-tag-new",
      "one-tag-old",
    ]);
  });

  it("does not pad the list with unrelated articles", () => {
    expect(relatedArticles(a("self", ["x"]), [a("other", ["y"])])).toEqual([]);
  });
});
