import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/articles/article-card";
import { BackToTop } from "@/app/(site)/articles/[slug]/_components/back-to-top";
import { Breadcrumbs } from "@/app/(site)/articles/[slug]/_components/breadcrumbs";
import { JsonLd } from "@/app/(site)/articles/[slug]/_components/json-ld";
import { Prose } from "@/components/articles/prose";
import { ReviewNote } from "@/app/(site)/articles/[slug]/_components/review-note";
import { QuizCta } from "@/app/(site)/articles/[slug]/_components/quiz-cta";
import { SourcesList } from "@/app/(site)/articles/[slug]/_components/sources-list";
import { TableOfContents } from "@/app/(site)/articles/[slug]/_components/table-of-contents";
import { TagLinks } from "@/app/(site)/articles/[slug]/_components/tag-links";
import { CommentsSection } from "@/app/(site)/articles/[slug]/_components/comments-section";
import { DisclaimerBox } from "@/components/ui/disclaimer-box";
import { formatDate } from "@/lib/articles/dates";
import { getArticle, getArticleSummaries, getArticles } from "@/server/content/load";
import { relatedArticles } from "@/lib/articles/related";
import { renderMdx } from "@/server/content/render-mdx";
import { articleLd, breadcrumbListLd } from "@/lib/articles/structured-data";
import type { Crumb } from "@/lib/articles/types";
import { siteConfig } from "@/lib/site";
import { postCommentAction } from "@/actions/comments";
import { openGraph } from "@/lib/articles/open-graph";

// Every article is prerendered at build; an unknown slug is a 404 without
// rendering. Comments are the only live part, loaded by CommentsSection.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const url = `/articles/${article.slug}`;
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: url },
    openGraph: openGraph({
      type: "article",
      url,
      title: article.title,
      description: article.description,
      publishedTime: article.published,
      modifiedTime: article.updated,
      tags: article.tags,
    }),
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.description,
    },
  };
}

// Ids used on the page outside the MDX body, so no heading can take them.
const PAGE_IDS = [
  "main",
  "sources",
  "comments",
  "comments-heading",
  "contents-heading",
  "quiz-cta-heading",
  "related-heading",
];

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { parts, headings } = await renderMdx(article.file, article.body, {
    reservedIds: PAGE_IDS,
  });
  const related = relatedArticles(article, getArticleSummaries());
  const crumbs: Crumb[] = [
    { name: "Home", href: "/" },
    { name: "Articles", href: "/articles" },
    { name: article.title, href: `/articles/${article.slug}` },
  ];
  const contents = [
    ...headings,
    { depth: 2 as const, text: "Sources", id: "sources" },
    { depth: 2 as const, text: "Comments", id: "comments" },
  ];

  return (
    <>
      <JsonLd data={articleLd(siteConfig, article, article.hero.src)} />
      <JsonLd data={breadcrumbListLd(siteConfig.url, crumbs)} />
      <div className="mx-auto max-w-5xl px-4 py-8 sm:py-12 print:max-w-none print:p-0">
        <Breadcrumbs items={crumbs} />
        <article className="mt-6">
          <header className="max-w-3xl">
            <h1 className="font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl">
              {article.title}
            </h1>
            <p className="text-muted mt-4 text-lg sm:text-xl">{article.description}</p>
            <p className="text-muted mt-4 text-sm">
              By the {siteConfig.name} editorial team
              <span aria-hidden="true"> · </span>
              Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>
              <span aria-hidden="true"> · </span>
              {article.readingMinutes} min read
              <span aria-hidden="true"> · </span>
              First published{" "}
              <time dateTime={article.published}>{formatDate(article.published)}</time>
            </p>
            <ReviewNote
              checkedAgainst={article.checkedAgainst}
              lastReviewed={article.lastReviewed}
            />
            <div className="mt-4 print:hidden">
              <TagLinks tags={article.tags} label="Article tags" />
            </div>
          </header>
          {/* eslint-disable-next-line @next/next/no-img-element -- a small SVG; next/image would only add client JavaScript */}
          <img
            src={article.hero.src}
            alt={article.hero.alt}
            width={1200}
            height={630}
            fetchPriority="high"
            className="bg-brand-50 mt-8 aspect-[40/21] w-full rounded-2xl object-cover lg:max-w-[calc(100%-19rem)] print:hidden"
          />

          <div className="mt-8 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-12">
            <div className="lg:order-2">
              <div className="lg:sticky lg:top-6">
                <TableOfContents headings={contents} />
              </div>
            </div>
            <div className="mt-8 min-w-0 lg:order-1 lg:mt-0">
              <DisclaimerBox className="max-w-[68ch]" />
              <Prose parts={parts} />
              <SourcesList sources={article.sources} />
              <QuizCta />
            </div>
          </div>
        </article>
        {related.length ? (
          <section aria-labelledby="related-heading" className="mt-14 print:hidden">
            <h2 id="related-heading" className="font-serif text-2xl font-bold">
              Related articles
            </h2>
            <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {related.map((r) => (
                <li key={r.slug}>
                  <ArticleCard article={r} headingLevel={3} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <CommentsSection slug={article.slug} action={postCommentAction} />
      </div>
      <BackToTop target="main" />
    </>
  );
}
