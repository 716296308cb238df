import type { MetadataRoute } from "next";
import { siteConfig } from "@/lib/site";

// Member, account and admin pages hold personal data and need a session anyway;
// keeping crawlers out saves them a redirect and us the noise.
const PRIVATE = [
  "/admin",
  "/dashboard",
  "/program",
  "/journal",
  "/assessments",
  "/account",
  "/api/",
  "/articles/search",
  "/rest-or-move/guide",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: PRIVATE }],
    sitemap: new URL("/sitemap.xml", siteConfig.url).toString(),
  };
}
