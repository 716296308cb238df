import type { Article } from "@/lib/articles/types";

export function SourcesList({
  sources,
  id = "sources",
}: {
  sources: Article["sources"];
  id?: string;
}) {
  return (
    <section aria-labelledby={id} className="border-brand-100 mt-14 border-t pt-8">
      <h2 id={id} className="scroll-mt-6 font-serif text-2xl font-bold">
        Sources
      </h2>
      <ol className="mt-4 list-decimal space-y-2 pl-6 text-[15px] leading-relaxed">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noopener">
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
