import { getArticleSummaries } from "@/server/content/load";
import { rssFeed } from "@/lib/articles/rss";
import { siteConfig } from "@/lib/site";

// Written once at build, like the articles it lists.
export const dynamic = "force-static";

export function GET() {
  const xml = rssFeed(
    { title: siteConfig.name, description: siteConfig.description, url: siteConfig.url },
    getArticleSummaries(),
  );
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
