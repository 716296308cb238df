import type { ArticleSummary } from "./types";

// Tags are stored kebab-case; a few read better with their own wording.
const LABELS: Record<string, string> = {
  "rest-vs-movement": "Rest vs movement",
  "flare-ups": "Flare-ups",
};

export function tagLabel(tag: string): string {
  const known = LABELS[tag];
  if (known) return known;
  const words = tag.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every tag in use with how many articles carry it, most used first. */
export function tagCounts(
  articles: readonly Pick<ArticleSummary, "tags">[],
): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
