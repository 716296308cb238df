import type { Article } from "./types";

/**
 * Links in article bodies to /articles/<slug> pages that do not exist.
 * `existing` defaults to the articles given; pass every file's slug so an
 * article that failed validation is not also reported as a broken link target.
 */
export function brokenArticleLinks(
  articles: readonly Pick<Article, "slug" | "file" | "body">[],
  existing: Iterable<string> = articles.map((a) => a.slug),
): string[] {
  const slugs = new Set(existing);
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
