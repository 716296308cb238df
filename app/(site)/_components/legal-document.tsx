import type { Metadata } from "next";
import { formatDate } from "@/lib/articles/dates";
import { getLegalPage, type LegalSlug } from "@/server/content/load";
import { renderMdx } from "@/server/content/render-mdx";
import { Prose } from "@/components/articles/prose";
import { openGraph } from "@/lib/articles/open-graph";

export function legalMetadata(slug: LegalSlug): Metadata {
  const page = getLegalPage(slug);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: `/${slug}` },
    openGraph: openGraph({ url: `/${slug}` }),
  };
}

/** A plain-language legal page from content/legal, prerendered at build. */
export async function LegalDocument({ slug }: { slug: LegalSlug }) {
  const page = getLegalPage(slug);
  const { parts } = await renderMdx(page.file, page.body, { reservedIds: ["main"] });
  return (
    <article className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="font-serif text-4xl font-bold">{page.title}</h1>
      <p className="text-muted mt-3 text-sm">
        Last updated <time dateTime={page.updated}>{formatDate(page.updated)}</time>
      </p>
      <Prose parts={parts} />
    </article>
  );
}
