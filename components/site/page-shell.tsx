import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { ThemeScript } from "./theme-script";

/**
 * Header, the skip link's target and footer around every page, after the theme script.
 * Pages rendered per request pass their CSP nonce (server/security/request-nonce.ts).
 */
export function PageShell({
  variant = "public",
  nonce,
  children,
}: {
  variant?: "public" | "member";
  nonce?: string;
  children: ReactNode;
}) {
  return (
    <>
      <ThemeScript nonce={nonce} />
      <SiteHeader variant={variant} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
