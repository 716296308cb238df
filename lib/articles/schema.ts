import { z } from "zod";

// Frontmatter contracts for content/articles/*.mdx and content/legal/*.mdx.
// Strict objects, so a misspelt key ("publised") fails the build instead of
// silently dropping a date.

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const reference = z.strictObject({
  title: z.string().trim().min(3),
  url: z.url({ protocol: /^https?$/ }),
});

export const ArticleFrontmatterSchema = z
  .strictObject({
    title: z.string().trim().min(10).max(90),
    // Search engines show ~160 characters; a little slack before it is cut.
    description: z.string().trim().min(50).max(200),
    published: isoDate,
    updated: isoDate,
    tags: z
      .array(
        z.string().regex(kebab, { error: "tags are lower-case kebab-case, e.g. rest-vs-movement" }),
      )
      .min(1)
      .max(6)
      .refine((tags) => new Set(tags).size === tags.length, { error: "tags must not repeat" }),
    hero: z.strictObject({
      src: z.string().regex(/^\/images\/articles\/[a-z0-9-]+\.(?:svg|png|jpg|webp)$/, {
        error: "hero.src must be a file under /images/articles/",
      }),
      // Alt text is required: the hero is content, not decoration.
      alt: z
        .string()
        .trim()
        .min(10, { error: "hero.alt must describe the image (10+ characters)" }),
    }),
    sources: z.array(reference).min(2, { error: "list at least two sources" }),
    // How the article was checked (PRODUCT.md §11): the guidelines and papers the
    // text was read against, and the day it was. lib/articles/review.ts fails the
    // build when that day is more than 18 months old.
    checkedAgainst: z
      .array(reference)
      .min(1, { error: "name at least one guideline or paper the text was checked against" }),
    lastReviewed: isoDate,
  })
  .refine((fm) => fm.updated >= fm.published, {
    error: "updated must not be before published",
    path: ["updated"],
    // Only compare two real dates; a malformed one already has its own message.
    when: (payload) =>
      !payload.issues.some(
        (issue) => issue.path?.[0] === "updated" || issue.path?.[0] === "published",
      ),
  })
  // What the text was checked against is shown to readers with the other sources.
  .refine((fm) => fm.checkedAgainst.every((c) => fm.sources.some((s) => s.url === c.url)), {
    error: "every checkedAgainst entry must also be listed in sources (same url)",
    path: ["checkedAgainst"],
    when: (payload) =>
      !payload.issues.some(
        (issue) => issue.path?.[0] === "sources" || issue.path?.[0] === "checkedAgainst",
      ),
  });

export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;

export const LegalFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(90),
  description: z.string().trim().min(50).max(200),
  updated: isoDate,
});

export type LegalFrontmatter = z.infer<typeof LegalFrontmatterSchema>;
