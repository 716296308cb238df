import "server-only";
import type { Metadata } from "next";
import { siteConfig } from "@/lib/site";

type OpenGraph = NonNullable<Metadata["openGraph"]>;

/**
 * A page's Open Graph fields on top of the site's. Next replaces a parent's
 * `openGraph` object rather than merging it, so each page restates these.
 */
export function openGraph(page: OpenGraph & { url: string }): OpenGraph {
  return { siteName: siteConfig.name, locale: "en", type: "website", ...page };
}
