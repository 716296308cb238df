import type { Article } from "./types";

export type Searchable = Pick<
  Article,
  "slug" | "title" | "description" | "tags" | "text" | "published"
>;

// Words that would match every article and only dilute "all terms must match".
const STOP_WORDS = new Set(
  "a an and are as at be by can do for from how i if in is it my of on or so the to what when why with you your".split(
    " ",
  ),
);

export const MAX_QUERY_LENGTH = 100;

function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function tokens(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function queryTerms(query: string): string[] {
  const terms = tokens(query.slice(0, MAX_QUERY_LENGTH)).filter((t) => !STOP_WORDS.has(t));
  return [...new Set(terms)];
}

// A term matches a word it starts, so "walk" finds "walking" and "walks";
// terms of one or two letters must match a whole word to avoid noise.
function hits(term: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (term.length < 3 ? w === term : w.startsWith(term)) n++;
  return n;
}

const WEIGHTS = { title: 8, tags: 5, description: 3, body: 1 } as const;
// Caps how much a long article's repetitions can outweigh a title match.
const MAX_BODY_HITS = 10;

/**
 * Full-text search over title, tags, description and body. Every term must
 * appear somewhere; results are ranked by weighted hits, newest first on ties.
 * An empty query returns every article, newest first.
 */
export function searchArticles<T extends Searchable>(articles: readonly T[], query: string): T[] {
  const terms = queryTerms(query);
  const newest = (a: T, b: T) =>
    b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
  if (terms.length === 0) return [...articles].sort(newest);
  const scored: { article: T; score: number }[] = [];
  for (const article of articles) {
    const fields = {
      title: tokens(article.title),
      tags: article.tags.flatMap(tokens),
      description: tokens(article.description),
      body: tokens(article.text),
    };
    let score = 0;
    let allMatch = true;
    for (const term of terms) {
      const t = hits(term, fields.title) * WEIGHTS.title;
      const g = hits(term, fields.tags) * WEIGHTS.tags;
      const d = hits(term, fields.description) * WEIGHTS.description;
      const b = Math.min(hits(term, fields.body), MAX_BODY_HITS) * WEIGHTS.body;
      if (t + g + d + b === 0) {
        allMatch = false;
        break;
      }
      score += t + g + d + b;
    }
    if (allMatch) scored.push({ article, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || newest(a.article, b.article))
    .map((s) => s.article);
}

export function filterByTag<T extends Pick<Article, "tags">>(
  articles: readonly T[],
  tag: string | undefined,
): T[] {
  return tag ? articles.filter((a) => a.tags.includes(tag)) : [...articles];
}
