import { describe, expect, it } from "vitest";
import { LEGAL_SLUGS, getArticles, getLegalPage } from "@/server/content/load";
import { renderMdx } from "@/server/content/render-mdx";

// The real content: the same checks `next build` makes, a few seconds sooner.
describe("content/", () => {
  const articles = getArticles();

  it("has valid articles, newest first, each with a reading time", () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    const dates = articles.map((a) => a.published);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const a of articles) expect(a.readingMinutes).toBeGreaterThanOrEqual(2);
  });

  // PRODUCT.md §11: at least two sources, and a dated check against guidelines.
  it.each(articles.map((a) => [a.slug, a] as const))(
    "%s cites at least two sources and says what it was checked against",
    (_slug, article) => {
      expect(article.sources.length).toBeGreaterThanOrEqual(2);
      expect(article.checkedAgainst.length).toBeGreaterThanOrEqual(1);
      expect(article.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

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

  // docs/product.md §6: one red-flag list. Articles place it with <RedFlags />; a copied
  // list drifts (the clinical review found 8 articles missing the earliest warning signs).
  it.each(articles.map((a) => [a.slug, a] as const))(
    "%s shows the shared red-flag list and copies none of its own",
    async (_slug, article) => {
      const { parts } = await renderMdx(article.file, article.body);
      expect(parts).toContainEqual({ kind: "slot", slot: "RedFlags" });
      expect(copiedRedFlagLines(article.body)).toEqual([]);
    },
  );

  it("the disclaimer shows the shared red-flag list and copies none of its own", async () => {
    const page = getLegalPage("disclaimer");
    const { parts } = await renderMdx(page.file, page.body);
    expect(parts).toContainEqual({ kind: "slot", slot: "RedFlags" });
    expect(copiedRedFlagLines(page.body)).toEqual([]);
  });

  it.each(LEGAL_SLUGS)("legal page %s is valid", (slug) => {
    expect(getLegalPage(slug).title.length).toBeGreaterThan(3);
  });
});

/** Lines that read like a hand-written red-flag item: warning-sign words in a list item or anywhere. */
function copiedRedFlagLines(body: string): string[] {
  const anywhere = /bladder|bowel control|genitals|back passage|saddle|injecting drugs/i;
  const inListItem = /both legs|fever|weight loss|lost weight|night pain|pain at night|cancer/i;
  return body
    .split("\n")
    .filter((line) => anywhere.test(line) || (/^\s*[-*+] /.test(line) && inListItem.test(line)));
}
