import { filterByTag, searchArticles } from "@/lib/articles/search";
import { paginate } from "@/lib/articles/paginate";
import { tagCounts, tagLabel } from "@/lib/articles/tags";
import type { Article } from "@/lib/articles/types";
import { toSummary } from "@/lib/articles/parse";
import { ArticleCard } from "@/components/articles/article-card";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ListLink } from "@/components/articles/list-link";
import { Pagination } from "@/components/articles/pagination";

export type ArticleQuery = { q: string; tag?: string; page: number };

/**
 * The article list, shared by the static /articles page (no query) and the
 * dynamic route that serves /articles?q=…&tag=…&page=… (see next.config.mjs).
 */
export function ArticleIndex({
  articles,
  query,
}: {
  articles: readonly Article[];
  query: ArticleQuery;
}) {
  const knownTag =
    query.tag && articles.some((a) => a.tags.includes(query.tag ?? "")) ? query.tag : undefined;
  const matches = searchArticles(filterByTag(articles, knownTag), query.q);
  const { items, page, pageCount, total } = paginate(matches, query.page);
  const filtered = Boolean(query.q.trim() || knownTag);
  const params: Record<string, string> = {
    ...(query.q ? { q: query.q } : {}),
    ...(knownTag ? { tag: knownTag } : {}),
  };

  return (
    <div className="mx-auto max-w-5xl px-4 py-12">
      <h1 className="font-serif text-4xl font-bold">Articles</h1>
      <p className="text-muted mt-3 max-w-2xl text-lg">
        Plain-language guides to moving more and resting less with lower back pain, each with its
        sources.
      </p>
      <ArticleFilters tags={tagCounts(articles)} query={query.q} activeTag={knownTag} />
      <p role="status" className="mt-8 font-medium">
        {filtered ? resultSummary(total, query.q, knownTag) : `${total} articles`}
        {pageCount > 1 ? ` · page ${page} of ${pageCount}` : ""}
      </p>
      {items.length ? (
        <ul aria-label="Articles" className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((a) => (
            <li key={a.slug}>
              <ArticleCard article={toSummary(a)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted mt-4 max-w-prose">
          Nothing matched. Try a shorter or different word, or{" "}
          <ListLink href="/articles" className="underline">
            see all articles
          </ListLink>
          .
        </p>
      )}
      <Pagination page={page} pageCount={pageCount} params={params} />
    </div>
  );
}

function resultSummary(total: number, q: string, tag: string | undefined): string {
  const noun = total === 1 ? "article" : "articles";
  const parts = [
    q.trim() ? `matching “${q.trim()}”` : "",
    tag ? `tagged ${tagLabel(tag)}` : "",
  ].filter(Boolean);
  return `${total} ${noun} ${parts.join(" and ")}`;
}
