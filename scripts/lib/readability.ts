import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

// Flesch-Kincaid grade of an article body, for `npm run readability`. A heading
// or list item is a sentence of its own even without a full stop: joined into
// the next line it would read as one very long sentence and inflate the grade.

/** Each Markdown block (heading, list item, paragraph) as plain text, links and markup removed. */
function blocks(markdown: string): string[] {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, "\n")
    .replace(/<[^>]+>/g, "\n")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .split(/\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/, "")
        .replace(/[*_`~]+/g, "")
        .trim(),
    )
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

export type ReadabilityCounts = { sentence: number; word: number; syllable: number };

export function readabilityCounts(markdown: string): ReadabilityCounts {
  const counts: ReadabilityCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks(markdown)) {
    // A full stop, question or exclamation mark followed by a space ends a sentence;
    // "e.g." and decimals do not, because no space follows their inner dots.
    const sentences = block.split(/[.!?]+(?:\s+|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s));
    counts.sentence += sentences.length;
    for (const word of block.split(/\s+/)) {
      if (!/[\p{L}\p{N}]/u.test(word)) continue;
      counts.word += 1;
      counts.syllable += Math.max(1, syllable(word));
    }
  }
  return counts;
}

/** US school grade; about 7 is the target for new articles. */
export function readingGrade(markdown: string): number {
  const counts = readabilityCounts(markdown);
  return counts.word ? fleschKincaid(counts) : 0;
}
