import type { Metadata } from "next";
import { FullPageLinks } from "@/app/_components/full-page-links";
import { HtmlDocument } from "@/components/site/html-document";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { PageShell } from "@/components/site/page-shell";
import { siteConfig } from "@/lib/site";
import "./globals.css";

// A URL that matches no route renders here, outside the root layout. Drawing the
// public shell here rather than in app/not-found.tsx keeps that shell out of every
// other page: the root layout's not-found boundary travels in each page's RSC
// payload (it was ~3.5 KB of header and footer on every page).
export const metadata: Metadata = {
  title: `Page not found · ${siteConfig.name}`,
  robots: { index: false },
};

export default function GlobalNotFound() {
  return (
    <HtmlDocument>
      <FullPageLinks />
      <PageShell>
        <NotFoundMessage />
      </PageShell>
    </HtmlDocument>
  );
}
