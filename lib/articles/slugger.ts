/** GitHub-style heading slugs: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Hands out unique ids in document order. `reserved` holds ids the page
 * already uses outside the body (sources, comments), so a heading called
 * "Sources" becomes "sources-1" rather than a duplicate id.
 */
export function createSlugger(reserved: readonly string[] = []) {
  const seen = new Set(reserved);
  return (text: string): string => {
    const base = slugify(text) || "section";
    let id = base;
    for (let n = 1; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  };
}
