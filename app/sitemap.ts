import type { MetadataRoute } from "next";
import { getArticleSummaries, getLegalPage, LEGAL_SLUGS } from "@/server/content/load";
import { LESSONS } from "@/lib/learn/lessons";
import { lessonPath } from "@/lib/learn/paths";
import { siteConfig } from "@/lib/site";

// Public pages only; member and admin pages are private and disallowed in robots.txt.
export default function sitemap(): MetadataRoute.Sitemap {
  const abs = (p: string) => new URL(p, siteConfig.url).toString();
  const articles = getArticleSummaries();
  const newest = articles.reduce((max, a) => (a.updated > max ? a.updated : max), "1970-01-01");
  return [
    { url: abs("/"), lastModified: newest, changeFrequency: "weekly", priority: 1 },
    { url: abs("/articles"), lastModified: newest, changeFrequency: "weekly", priority: 0.9 },
    ...articles.map((a) => ({
      url: abs(`/articles/${a.slug}`),
      lastModified: a.updated,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
    { url: abs("/learn"), changeFrequency: "monthly", priority: 0.8 },
    ...LESSONS.map((lesson) => ({
      url: abs(lessonPath(lesson.id)),
      lastModified: lesson.reviewed,
      changeFrequency: "monthly" as const,
      priority: 0.7,
    })),
    { url: abs("/rest-or-move"), changeFrequency: "monthly", priority: 0.8 },
    { url: abs("/quiz"), changeFrequency: "monthly", priority: 0.8 },
    { url: abs("/about"), changeFrequency: "yearly", priority: 0.5 },
    ...LEGAL_SLUGS.map((slug) => ({
      url: abs(`/${slug}`),
      lastModified: getLegalPage(slug).updated,
      changeFrequency: "yearly" as const,
      priority: 0.3,
    })),
  ];
}
