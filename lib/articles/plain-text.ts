// Markdown to the words a reader reads: used for reading time and search, so
// it only has to be close, not a full Markdown renderer.
export function plainText(markdown: string): string {
  return (
    markdown
      .replace(/^```[\s\S]*?^```/gm, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      // Link destinations may hold balanced parentheses (DOIs do).
      .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
      .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
      .replace(/[*_`~]+/g, "")
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// 200 words a minute: a little under the adult average, because readers in
// pain and on phones read more slowly.
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
