import { ListLink } from "./list-link";
import { MAX_QUERY_LENGTH } from "@/lib/articles/search";
import { tagLabel } from "@/lib/articles/tags";
import { inputClass } from "@/components/ui/field";
import { buttonClassName } from "@/components/ui/button-class";

/**
 * Search and tag filter as a plain GET form and links: they work without
 * JavaScript, and the resulting URL (/articles?q=…&tag=…) can be shared.
 */
export function ArticleFilters({
  tags,
  query,
  activeTag,
}: {
  tags: { tag: string; count: number }[];
  query: string;
  activeTag?: string;
}) {
  return (
    <div className="mt-8 space-y-5 print:hidden">
      <form
        role="search"
        action="/articles"
        method="get"
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <div className="flex-1">
          <label htmlFor="article-search" className="block font-medium">
            Search articles
          </label>
          <input
            id="article-search"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="e.g. walking, sleep, desk"
            className={inputClass}
          />
        </div>
        {activeTag ? <input type="hidden" name="tag" value={activeTag} /> : null}
        <button type="submit" className={buttonClassName("primary", "sm:mb-0.5")}>
          Search
        </button>
      </form>
      <nav aria-label="Filter by tag">
        <ul className="flex flex-wrap gap-2">
          <li>
            <FilterLink
              href={query ? `/articles?q=${encodeURIComponent(query)}` : "/articles"}
              current={!activeTag}
            >
              All topics
            </FilterLink>
          </li>
          {tags.map(({ tag, count }) => (
            <li key={tag}>
              <FilterLink
                href={`/articles?${new URLSearchParams({ ...(query ? { q: query } : {}), tag }).toString()}`}
                current={activeTag === tag}
              >
                {tagLabel(tag)} <span className="sr-only">({count} articles)</span>
                <span aria-hidden="true" className="opacity-70">
                  {count}
                </span>
              </FilterLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

function FilterLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: React.ReactNode;
}) {
  return (
    <ListLink
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1.5 text-sm font-medium no-underline ring-1 ${
        current
          ? "bg-brand-700 ring-brand-700 text-white"
          : "text-brand-800 ring-brand-200 hover:bg-brand-50 bg-white"
      }`}
    >
      {children}
    </ListLink>
  );
}
