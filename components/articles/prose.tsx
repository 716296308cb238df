// Typography for article and legal bodies: 17–18 px text, 1.75 line height
// and ~68 characters a line read comfortably on a phone and a desktop alike.
// The element styles (headings, lists, links…) are descendant rules on
// `.prose-body` in app/globals.css, because the body arrives as HTML strings.
import type { ReactNode } from "react";
import { RedFlagList } from "@/components/safety/red-flag-list";
import type { MdxPart, MdxSlot } from "@/server/content/render-mdx";

/** What each MDX slot renders: the real shared component, never copied text. */
const SLOTS: Readonly<Record<MdxSlot, () => ReactNode>> = {
  RedFlags: () => <RedFlagList headingLevel={3} title="Warning signs to check first" />,
};

/** The wrapper every MDX body renders in: `parts` come from `renderMdx`. */
export function Prose({ parts }: { parts: readonly MdxPart[] }) {
  return (
    <div className="prose-body text-ink max-w-[68ch] text-[1.0625rem] leading-[1.75] break-words sm:text-lg print:text-[11pt] print:leading-normal">
      {parts.map((part, i) =>
        part.kind === "html" ? (
          <div
            key={i}
            // Safe: renderMdx builds this at `next build` from our own repository's
            // content/ files (never from user input), escapes all text, and refuses
            // JSX other than the slots, expressions and script: URLs. See
            // docs/decisions/0007-article-bodies-as-html.md.
            dangerouslySetInnerHTML={{ __html: part.html }}
          />
        ) : (
          <div key={i} className="not-prose my-6 text-base leading-normal">
            {SLOTS[part.slot]()}
          </div>
        ),
      )}
    </div>
  );
}
