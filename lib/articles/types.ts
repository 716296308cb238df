import type { ArticleFrontmatter, LegalFrontmatter } from "./schema";

export type Article = ArticleFrontmatter & {
  slug: string;
  /** Path of the source file relative to the project, for error messages. */
  file: string;
  /** The MDX body, frontmatter blanked out (line numbers preserved). */
  body: string;
  /** The body as plain words, for search. */
  text: string;
  wordCount: number;
  readingMinutes: number;
};

/** What lists, cards, feeds and the sitemap need: no body. */
export type ArticleSummary = Pick<
  Article,
  "slug" | "title" | "description" | "published" | "updated" | "tags" | "hero" | "readingMinutes"
>;

export type LegalPage = LegalFrontmatter & { slug: string; file: string; body: string };

export type Heading = { depth: 2 | 3; text: string; id: string };

export type Crumb = { name: string; href: string };
