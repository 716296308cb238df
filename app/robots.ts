import type { MetadataRoute } from "next";
import { siteConfig } from "@/lib/site";

// Member, account and admin pages are not listed: naming them would only advertise
// them, and a crawler has no session, so it is redirected to the sign-in page, which
// is marked noindex. What is listed is public but not worth crawling.
const NOT_WORTH_CRAWLING = ["/api/", "/articles/search", "/rest-or-move/guide"];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: NOT_WORTH_CRAWLING }],
    sitemap: new URL("/sitemap.xml", siteConfig.url).toString(),
  };
}
