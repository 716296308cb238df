import { describe, expect, it } from "vitest";
import { LEGAL_SLUGS, getArticles, getLegalPage } from "./load";
import { renderMdx } from "./render-mdx";

// The real content: the same checks `next build` makes, a few seconds sooner.
describe("content/", () => {
  const articles = getArticles();

  it("has valid articles, newest first, each with a reading time", () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    const dates = articles.map((a) => a.published);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const a of articles) expect(a.readingMinutes).toBeGreaterThanOrEqual(2);
  });

  it.each(articles.map((a) => [a.slug, a] as const))(
    "%s compiles and has a contents list",
    async (_slug, article) => {
      const { headings } = await renderMdx(article.file, article.body, {
        reservedIds: ["sources"],
      });
      expect(headings.filter((h) => h.depth === 2).length).toBeGreaterThanOrEqual(3);
      expect(new Set(headings.map((h) => h.id)).size).toBe(headings.length);
    },
  );

  it.each(LEGAL_SLUGS)("legal page %s is valid", (slug) => {
    expect(getLegalPage(slug).title.length).toBeGreaterThan(3);
  });
});
