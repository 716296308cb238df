import type { ArticleSummary, Crumb } from "./types";

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
  article: ArticleSummary & { wordCount?: number },
  imagePath: string,
) {
  const url = new URL(`/articles/${article.slug}`, site.url).toString();
  const organization = { "@type": "Organization", name: site.name, url: site.url };
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
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    author: organization,
    publisher: organization,
    inLanguage: "en",
  };
}
