import type { Article, ArticleSummary, Crumb } from "./types";

// schema.org objects for JSON-LD. Pure, so the shape is unit-tested.

export function breadcrumbListLd(siteUrl: string, crumbs: readonly Crumb[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.name,
      item: new URL(c.href, siteUrl).toString(),
    })),
  };
}

export function articleLd(
  site: { url: string; name: string },
  article: ArticleSummary &
    Partial<Pick<Article, "wordCount" | "lastReviewed" | "sources" | "checkedAgainst">>,
  imagePath: string,
) {
  const url = new URL(`/articles/${article.slug}`, site.url).toString();
  const organization = { "@type": "Organization", name: site.name, url: site.url };
  // What the text was checked against first, then the rest of its sources, once each.
  const cited = [...(article.checkedAgainst ?? []), ...(article.sources ?? [])].filter(
    (ref, i, all) => all.findIndex((other) => other.url === ref.url) === i,
  );
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title,
    description: article.description,
    datePublished: article.published,
    dateModified: article.updated,
    image: [new URL(imagePath, site.url).toString()],
    keywords: article.tags.join(", "),
    ...(article.wordCount ? { wordCount: article.wordCount } : {}),
    ...(cited.length
      ? {
          citation: cited.map((ref) => ({
            "@type": "CreativeWork",
            name: ref.title,
            url: ref.url,
          })),
        }
      : {}),
    // schema.org puts lastReviewed on the page, not the article.
    mainEntityOfPage: {
      "@type": "WebPage",
      "@id": url,
      ...(article.lastReviewed
        ? { lastReviewed: article.lastReviewed, reviewedBy: organization }
        : {}),
    },
    url,
    author: organization,
    publisher: organization,
    inLanguage: "en",
  };
}
