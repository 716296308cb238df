"use client";

import { useEffect } from "react";

/**
 * Turns every link on the page into an ordinary full page load. The global 404
 * renders outside the app's layout tree, and a client-side navigation from it
 * changes the URL but leaves the 404 on screen (vercel/next.js#88341). Stopping
 * the click before React's root listener sees it leaves the browser's own
 * navigation to happen.
 */
export function FullPageLinks() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest("a[href]"))
        event.stopPropagation();
    };
    window.addEventListener("click", onClick, true);
    return () => window.removeEventListener("click", onClick, true);
  }, []);
  return null;
}
