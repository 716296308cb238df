import type { Article } from "./types";

/** Links in article bodies to /articles/<slug> pages that do not exist. */
export function brokenArticleLinks(
  articles: readonly Pick<Article, "slug" | "file" | "body">[],
): string[] {
  const slugs = new Set(articles.map((a) => a.slug));
  const problems: string[] = [];
  for (const article of articles) {
    for (const match of article.body.matchAll(/\]\(\/articles\/([^)#?\s]+)/g)) {
      const target = match[1] ?? "";
      if (!slugs.has(target))
        problems.push(`${article.file}: links to /articles/${target}, which does not exist`);
    }
  }
  return problems;
}
