import { ImageResponse } from "next/og";
import { OgCard } from "@/components/articles/og-card";
import { getArticle, getArticles } from "@/server/content/load";
import { OG_SIZE, ogFonts, publicImageDataUrl } from "@/server/content/og-image";

// One share image per article, drawn at build from its title and hero.
export const alt = "Article title over its illustration";
export const size = OG_SIZE;
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) throw new Error("unknown article");
  return new ImageResponse(
    <OgCard
      eyebrow={`· ${article.readingMinutes} min read`}
      title={article.title}
      background={await publicImageDataUrl(article.hero.src)}
    />,
    { ...OG_SIZE, fonts: await ogFonts() },
  );
}
