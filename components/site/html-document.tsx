import type { ReactNode } from "react";

/**
 * The `<html>` and `<body>` every page sits in, with the skip link first. The
 * root layout and the global 404 (which renders outside every layout) share it.
 */
export function HtmlDocument({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme and data-js here before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
