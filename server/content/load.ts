import "server-only";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ContentError } from "@/lib/articles/content-error";
import { brokenArticleLinks } from "@/lib/articles/links";
import { byNewest, parseArticle, parseLegalPage, toSummary } from "@/lib/articles/parse";
import { reviewProblems } from "@/lib/articles/review";
import type { Article, ArticleSummary, LegalPage } from "@/lib/articles/types";

// Content is read from the file system. Every page that shows it is rendered
// at build, so a broken file stops `next build` with the ContentError message;
// at run time only the dynamic search route reads it (once per process).

const root = process.cwd();
const ARTICLES_DIR = path.join(root, "content", "articles");
const LEGAL_DIR = path.join(root, "content", "legal");
const PUBLIC_DIR = path.join(root, "public");

export const LEGAL_SLUGS = ["privacy", "terms", "disclaimer"] as const;
export type LegalSlug = (typeof LEGAL_SLUGS)[number];

let cached: Article[] | undefined;

function readArticles(): Article[] {
  const files = fs
    .readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith(".mdx"))
    .sort();
  const articles: Article[] = [];
  const problems: string[] = [];
  for (const name of files) {
    const file = path.join("content", "articles", name);
    try {
      const article = parseArticle(
        file,
        name.slice(0, -".mdx".length),
        fs.readFileSync(path.join(ARTICLES_DIR, name), "utf8"),
      );
      if (!fs.existsSync(path.join(PUBLIC_DIR, article.hero.src))) {
        throw new ContentError(file, [`hero.src: public${article.hero.src} does not exist`]);
      }
      articles.push(article);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error.message);
    }
  }
  const fileSlugs = files.map((name) => name.slice(0, -".mdx".length));
  problems.push(...brokenArticleLinks(articles, fileSlugs).map((p) => `Broken link in ${p}`));
  // An overdue review stops `next build`, dev and the tests, but never a running
  // production server: its pages were built from content that passed.
  if (env.NEXT_PHASE === "phase-production-build" || env.NODE_ENV !== "production") {
    problems.push(...reviewProblems(articles, new Date()).map((p) => `Review date in ${p}`));
  }
  // Every broken file at once, so one build run shows everything to fix.
  if (problems.length) throw new Error(`Article content is invalid:\n${problems.join("\n")}`);
  return articles.sort(byNewest);
}

/** Every article, newest first. Cached, except in development where files change. */
export function getArticles(): Article[] {
  if (env.NODE_ENV === "development") return readArticles();
  return (cached ??= readArticles());
}

export function getArticleSummaries(): ArticleSummary[] {
  return getArticles().map(toSummary);
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug);
}

export function getLegalPage(slug: LegalSlug): LegalPage {
  const file = path.join("content", "legal", `${slug}.mdx`);
  return parseLegalPage(file, slug, fs.readFileSync(path.join(LEGAL_DIR, `${slug}.mdx`), "utf8"));
}
