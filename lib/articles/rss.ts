import type { ArticleSummary } from "./types";

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );

// RFC 822 dates, as RSS 2.0 requires.
const rfc822 = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).toUTCString();

/** An RSS 2.0 feed of the articles, newest first. */
export function rssFeed(
  site: { title: string; description: string; url: string },
  articles: readonly ArticleSummary[],
): string {
  const abs = (p: string) => new URL(p, site.url).toString();
  const sorted = [...articles].sort((a, b) => b.published.localeCompare(a.published));
  const latest = sorted.reduce((max, a) => (a.updated > max ? a.updated : max), "1970-01-01");
  const items = sorted.map(
    (a) => `    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${escapeXml(abs(`/articles/${a.slug}`))}</link>
      <guid isPermaLink="true">${escapeXml(abs(`/articles/${a.slug}`))}</guid>
      <pubDate>${rfc822(a.published)}</pubDate>
      <description>${escapeXml(a.description)}</description>
${a.tags.map((t) => `      <category>${escapeXml(t)}</category>`).join("\n")}
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(site.title)}</title>
    <link>${escapeXml(abs("/"))}</link>
    <description>${escapeXml(site.description)}</description>
    <language>en</language>
    <lastBuildDate>${rfc822(latest)}</lastBuildDate>
    <atom:link href="${escapeXml(abs("/feed.xml"))}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
  </channel>
</rss>
`;
}
