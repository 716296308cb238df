import type { ArticleSummary } from "./types";

/**
 * Articles sharing the most tags with `article`, then the newest; never the
 * article itself, and never an unrelated article just to fill the list.
 */
export function relatedArticles<T extends Pick<ArticleSummary, "slug" | "tags" | "published">>(
  article: Pick<ArticleSummary, "slug" | "tags">,
  all: readonly T[],
  limit = 3,
): T[] {
  const tags = new Set(article.tags);
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((t) => tags.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.other.published.localeCompare(a.other.published) ||
        a.other.slug.localeCompare(b.other.slug),
    )
    .slice(0, limit)
    .map((x) => x.other);
}
