import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageShell } from "@/components/site/page-shell";
import { requireAdmin } from "@/server/auth/current-user";
import { requestNonce } from "@/server/security/request-nonce";

export const metadata: Metadata = { title: "Admin", robots: { index: false, follow: false } };

// Admins only; everyone else gets a 404 (requireAdmin). The page checks again.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return (
    <PageShell variant="member" nonce={await requestNonce()}>
      {children}
    </PageShell>
  );
}
