import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/site/html-document";
import { siteConfig } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: {
    default: `${siteConfig.name} — move more, rest less, for lower back pain`,
    template: `%s · ${siteConfig.name}`,
  },
  description: siteConfig.description,
  applicationName: siteConfig.name,
  openGraph: { siteName: siteConfig.name, type: "website", locale: "en" },
  // No canonical here: every page would inherit one pointing at the home page.
  alternates: { types: { "application/rss+xml": "/feed.xml" } },
};

export const viewport: Viewport = {
  // The browser bar matches the theme the system asks for (app/globals.css has both palettes).
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#16704f" },
    { media: "(prefers-color-scheme: dark)", color: "#101614" },
  ],
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument>{children}</HtmlDocument>;
}
