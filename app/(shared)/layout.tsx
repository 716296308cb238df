import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageShell } from "@/components/site/page-shell";
import { requestNonce } from "@/server/security/request-nonce";

// Pages a member shares with someone who has no account (docs/product.md §9): rendered per
// request with the proxy's nonce policy, never indexed, no share card.
export const metadata: Metadata = {
  robots: { index: false, follow: false },
  openGraph: null,
  twitter: null,
};

export default async function SharedLayout({ children }: { children: ReactNode }) {
  return <PageShell nonce={await requestNonce()}>{children}</PageShell>;
}
