import type { Metadata } from "next";
import { ArticleIndex } from "@/app/(site)/articles/_components/article-index";
import { getArticles } from "@/server/content/load";
import { parsePageNumber } from "@/lib/articles/paginate";
import { MAX_QUERY_LENGTH } from "@/lib/articles/search";

// Serves /articles?q=…&tag=…&page=… through a rewrite (next.config.mjs), so
// the URL people see and share stays /articles. Filtered lists are not
// indexed: the canonical article list is /articles.

export const metadata: Metadata = {
  title: "Search articles",
  alternates: { canonical: "/articles" },
  robots: { index: false, follow: true },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ArticleSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = (first(params.q) ?? "").slice(0, MAX_QUERY_LENGTH);
  const tag = first(params.tag) || undefined;
  return (
    <ArticleIndex
      articles={getArticles()}
      query={{ q, tag, page: parsePageNumber(first(params.page)) }}
    />
  );
}
