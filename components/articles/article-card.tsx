import Link from "next/link";
import { formatDate } from "@/lib/articles/dates";
import type { ArticleSummary } from "@/lib/articles/types";

/** One article in a list: the whole title is the link; details sit below it. */
export function ArticleCard({
  article,
  headingLevel = 2,
}: {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="group border-brand-100 relative flex h-full flex-col overflow-hidden rounded-2xl border bg-white shadow-sm transition hover:shadow-md">
      {/* A plain img: heroes are small SVGs that need no optimiser, and next/image would add client JavaScript. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={article.hero.src}
        alt=""
        width={1200}
        height={630}
        loading="lazy"
        className="bg-brand-50 aspect-[40/21] w-full object-cover"
      />
      <div className="flex flex-1 flex-col p-5">
        <Heading className="font-serif text-xl leading-snug font-bold">
          <Link
            href={`/articles/${article.slug}`}
            className="text-ink group-hover:text-brand-700 no-underline group-hover:underline after:absolute after:inset-0"
          >
            {article.title}
          </Link>
        </Heading>
        <p className="text-muted mt-2 flex-1">{article.description}</p>
        <p className="text-muted mt-4 text-sm">
          <time dateTime={article.published}>{formatDate(article.published)}</time>
          <span aria-hidden="true"> · </span>
          {article.readingMinutes} min read
        </p>
      </div>
    </article>
  );
}
