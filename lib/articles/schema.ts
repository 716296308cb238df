import { z } from "zod";

// Frontmatter contracts for content/articles/*.mdx and content/legal/*.mdx.
// Strict objects, so a misspelt key ("publised") fails the build instead of
// silently dropping a date.

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
    sources: z
      .array(
        z.strictObject({ title: z.string().trim().min(3), url: z.url({ protocol: /^https?$/ }) }),
      )
      .min(1, { error: "list at least one source" }),
  })
  .refine((fm) => fm.updated >= fm.published, {
    error: "updated must not be before published",
    path: ["updated"],
    // Only compare two real dates; a malformed one already has its own message.
    when: (payload) =>
      !payload.issues.some(
        (issue) => issue.path?.[0] === "updated" || issue.path?.[0] === "published",
      ),
  });

export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;

export const LegalFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(90),
  description: z.string().trim().min(50).max(200),
  updated: isoDate,
});

export type LegalFrontmatter = z.infer<typeof LegalFrontmatterSchema>;
