import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageShell } from "@/components/site/page-shell";
import { requireUser } from "@/server/auth/current-user";
import { requestNonce } from "@/server/security/request-nonce";
import { siteConfig } from "@/lib/site";

// Every member page renders per request for the signed-in member. The layout
// checks the session once more (pages and actions still check their own).
// Private pages: no share card (Next resolved the site's Open Graph image on every
// member request). A short description stays: browsers and audits expect one.
export const metadata: Metadata = {
  description: `Your ${siteConfig.name} plan, journal and progress.`,
  openGraph: null,
  twitter: null,
};

export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <PageShell variant="member" nonce={await requestNonce()}>
      {children}
    </PageShell>
  );
}
