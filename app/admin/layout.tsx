import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { requireAdmin } from "@/server/auth/current-user";

export const metadata: Metadata = { title: "Admin", robots: { index: false, follow: false } };

// Admins only; everyone else gets a 404 (requireAdmin). The page checks again.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
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
