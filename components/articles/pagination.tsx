import { ListLink } from "./list-link";

/** Previous/next and page numbers as links that keep the current search and tag. */
export function Pagination({
  page,
  pageCount,
  params,
}: {
  page: number;
  pageCount: number;
  params: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  const href = (n: number) => {
    const search = new URLSearchParams({
      ...params,
      ...(n > 1 ? { page: String(n) } : {}),
    }).toString();
    return search ? `/articles?${search}` : "/articles";
  };
  const linkClass =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 font-medium no-underline ring-1 ring-brand-200 hover:bg-brand-50";
  return (
    <nav aria-label="Pages" className="mt-10 print:hidden">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <ListLink href={href(page - 1)} className={linkClass} rel="prev">
              Previous
            </ListLink>
          </li>
        ) : null}
        {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            <ListLink
              href={href(n)}
              aria-current={n === page ? "page" : undefined}
              aria-label={`Page ${n}`}
              className={`${linkClass} ${n === page ? "bg-brand-700 ring-brand-700 hover:bg-brand-800 text-white" : ""}`}
            >
              {n}
            </ListLink>
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <ListLink href={href(page + 1)} className={linkClass} rel="next">
              Next
            </ListLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
