import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, the skip link's target and footer around every page. */
export function PageShell({
  variant = "public",
  children,
}: {
  variant?: "public" | "member";
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader variant={variant} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
