import type { Article } from "./types";

// PRODUCT.md §11: every article says when it was last checked against its
// guidelines, and a check older than this stops the build until someone
// re-reads the article and moves lastReviewed on.
export const REVIEW_MAX_MONTHS = 18;

/** The last calendar day (YYYY-MM-DD) on which a check made on `lastReviewed` still counts. */
export function reviewDueBy(lastReviewed: string): string {
  const [year, month, day] = lastReviewed.split("-").map(Number) as [number, number, number];
  // Day 0 of the month after the target is the target month's last day, so
  // 31 August + 18 months is 28/29 February rather than rolling into March.
  const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + REVIEW_MAX_MONTHS + 1, 0));
  const due = new Date(
    Date.UTC(year, month - 1 + REVIEW_MAX_MONTHS, Math.min(day, lastDayOfTarget.getUTCDate())),
  );
  return due.toISOString().slice(0, 10);
}

/** One message per article whose check is overdue on `today` or dated in the future. */
export function reviewProblems(
  articles: readonly Pick<Article, "file" | "lastReviewed">[],
  today: Date,
): string[] {
  const todayIso = today.toISOString().slice(0, 10);
  const problems: string[] = [];
  for (const { file, lastReviewed } of articles) {
    if (lastReviewed > todayIso) {
      problems.push(`${file}: lastReviewed ${lastReviewed} is after today (${todayIso})`);
    } else if (reviewDueBy(lastReviewed) < todayIso) {
      problems.push(
        `${file}: last checked ${lastReviewed}, more than ${REVIEW_MAX_MONTHS} months ago; ` +
          "re-read it against its guidelines, fix what changed and update lastReviewed",
      );
    }
  }
  return problems;
}
