import { formatDate } from "@/lib/articles/dates";
import type { Article } from "@/lib/articles/types";

/**
 * How the article was checked (PRODUCT.md §11): what the text was read against and
 * when. The team checks, so no person is named here.
 */
export function ReviewNote({
  checkedAgainst,
  lastReviewed,
}: Pick<Article, "checkedAgainst" | "lastReviewed">) {
  return (
    <p className="text-muted mt-2 text-sm">
      Checked against{" "}
      {checkedAgainst.map((ref, i) => (
        <span key={ref.url}>
          {i > 0 ? (i === checkedAgainst.length - 1 ? " and " : "; ") : null}
          <a href={ref.url} rel="noopener">
            {ref.title}
          </a>
        </span>
      ))}{" "}
      on <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>.
    </p>
  );
}
