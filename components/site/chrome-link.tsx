import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link in the site's chrome (header, footer, breadcrumbs): on every page, so it does not
 * prefetch as it comes into view. On a phone those were five background requests, parsed on
 * the main thread while the page itself was still starting up (Lighthouse counted ~100 ms more
 * blocking time on an article and ~150 ms on the dashboard; decision record 0009). A click
 * fetches the page then. Links inside a page's content keep Next's default.
 */
export function ChromeLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
