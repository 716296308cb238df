import { ContentError } from "./content-error";
import { splitFrontmatter } from "./frontmatter";
import { plainText, readingMinutes, wordCount } from "./plain-text";
import { ArticleFrontmatterSchema, LegalFrontmatterSchema } from "./schema";
import type { Article, ArticleSummary, LegalPage } from "./types";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Static routes beside /articles/[slug] that would hide an article of that name.
const RESERVED_SLUGS = new Set(["search"]);

function checkSlug(file: string, slug: string) {
  if (!SLUG.test(slug))
    throw new ContentError(file, [
      `file name "${slug}" must be lower-case kebab-case (it becomes the URL)`,
    ]);
  if (RESERVED_SLUGS.has(slug))
    throw new ContentError(file, [`"${slug}" is a reserved route name; rename the file`]);
}

/** Parses and validates one article; throws a ContentError naming every problem. */
export function parseArticle(file: string, slug: string, source: string): Article {
  checkSlug(file, slug);
  const { data, body } = splitFrontmatter(file, source);
  const parsed = ArticleFrontmatterSchema.safeParse(data);
  if (!parsed.success) throw ContentError.fromZod(file, parsed.error);
  const text = plainText(body);
  if (!text) throw new ContentError(file, ["the article has no body"]);
  const words = wordCount(text);
  return {
    ...parsed.data,
    slug,
    file,
    body,
    text,
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}

export function parseLegalPage(file: string, slug: string, source: string): LegalPage {
  checkSlug(file, slug);
  const { data, body } = splitFrontmatter(file, source);
  const parsed = LegalFrontmatterSchema.safeParse(data);
  if (!parsed.success) throw ContentError.fromZod(file, parsed.error);
  return { ...parsed.data, slug, file, body };
}

export function toSummary(article: Article): ArticleSummary {
  const { slug, title, description, published, updated, tags, hero, readingMinutes } = article;
  return { slug, title, description, published, updated, tags, hero, readingMinutes };
}

/** Newest first; the slug breaks ties so the order never depends on the file system. */
export function byNewest(
  a: Pick<Article, "published" | "slug">,
  b: Pick<Article, "published" | "slug">,
): number {
  return b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
}
