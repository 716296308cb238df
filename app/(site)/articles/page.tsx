import type { Metadata } from "next";
import { ArticleIndex } from "@/app/(site)/articles/_components/article-index";
import { getArticles } from "@/server/content/load";
import { openGraph } from "@/lib/articles/open-graph";

// Static: this page never reads searchParams. Requests carrying ?q=, ?tag= or
// ?page= are rewritten to ./search (dynamic) in next.config.mjs, so the plain
// list stays prerendered. See docs/decisions/0003-mdx-pipeline.md.

export const metadata: Metadata = {
  title: "Articles",
  description:
    "Plain-language, sourced articles on lower back pain: when to rest, how to move, walking, desk work, sleep and stress.",
  alternates: { canonical: "/articles" },
  openGraph: openGraph({ url: "/articles" }),
};

export default function ArticlesPage() {
  return <ArticleIndex articles={getArticles()} query={{ q: "", page: 1 }} />;
}
