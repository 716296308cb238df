import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { requireUser } from "@/lib/auth/current-user";

// Every member page renders per request for the signed-in member. The layout
// checks the session once more (pages and actions still check their own).
export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <>
      <SiteHeader variant="member" />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
