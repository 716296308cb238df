// Typography for article and legal bodies: 17–18 px text, 1.75 line height
// and ~68 characters a line read comfortably on a phone and a desktop alike.
// The element styles (headings, lists, links…) are descendant rules on
// `.prose-body` in app/globals.css, because the body arrives as one HTML string.

/** The wrapper every MDX body renders in: `html` comes from `renderMdx`. */
export function Prose({ html }: { html: string }) {
  return (
    <div
      className="prose-body text-ink max-w-[68ch] text-[1.0625rem] leading-[1.75] break-words sm:text-lg print:text-[11pt] print:leading-normal"
      // Safe: renderMdx builds this at `next build` from our own repository's
      // content/ files (never from user input), escapes all text, and refuses
      // JSX, expressions and script: URLs. See docs/decisions/0007-article-bodies-as-html.md.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
