import { ChromeLink } from "@/components/site/chrome-link";
import type { Crumb } from "@/lib/articles/types";

/**
 * Visible breadcrumbs; the last one is the current page. Mirrors the BreadcrumbList JSON-LD.
 * They lead where the header does (home, the article list), so they are ChromeLinks too: no
 * prefetch while the article is starting up (see chrome-link.tsx).
 */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-muted text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-2">
              {last ? (
                <span aria-current="page" className="text-ink">
                  {item.name}
                </span>
              ) : (
                <>
                  <ChromeLink href={item.href}>{item.name}</ChromeLink>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
