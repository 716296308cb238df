import type { Heading } from "@/lib/articles/types";

type Item = Heading & { children: Heading[] };

function nest(headings: readonly Heading[]): Item[] {
  const items: Item[] = [];
  for (const h of headings) {
    const parent = items.at(-1);
    if (h.depth === 3 && parent) parent.children.push(h);
    else items.push({ ...h, children: [] });
  }
  return items;
}

/** The contents list: plain in-page links, so it works without JavaScript. */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  return (
    <nav
      aria-labelledby="contents-heading"
      className="border-brand-100 bg-brand-50/60 rounded-2xl border p-5 text-[15px] print:hidden"
    >
      <h2
        id="contents-heading"
        className="text-brand-800 text-sm font-semibold tracking-wide uppercase"
      >
        Contents
      </h2>
      <ol className="mt-3 space-y-2">
        {nest(headings).map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="text-ink hover:text-brand-700">
              {item.text}
            </a>
            {item.children.length ? (
              <ol className="border-brand-200 mt-2 space-y-1.5 border-l pl-3">
                {item.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`} className="text-muted hover:text-brand-700">
                      {child.text}
                    </a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
