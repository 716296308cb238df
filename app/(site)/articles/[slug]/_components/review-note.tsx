import { formatDate } from "@/lib/articles/dates";
import type { Article } from "@/lib/articles/types";

/**
 * How the article was checked (PRODUCT.md §11): what the text was read against and
 * when. The team checks, so no person is named here. Full titles run to several
 * lines, so they sit in a native disclosure (no client JavaScript) under a one-line
 * summary; they are also in the Sources list.
 */
export function ReviewNote({
  checkedAgainst,
  lastReviewed,
}: Pick<Article, "checkedAgainst" | "lastReviewed">) {
  const count = checkedAgainst.length;
  return (
    <details className="text-muted mt-2 text-sm">
      <summary className="hover:text-ink w-fit cursor-pointer">
        Checked against {count === 1 ? "1 guideline or paper" : `${count} guidelines and papers`} on{" "}
        <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {checkedAgainst.map((ref) => (
          <li key={ref.url}>
            <a href={ref.url} rel="noopener">
              {ref.title}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
