"use client";

import { useEffect } from "react";

/**
 * Moves focus to the new step's heading once the page has loaded, so a screen reader reads the
 * new question (or the result) instead of starting again at the top of the page. The heading
 * carries tabIndex={-1}. Without JavaScript the #step fragment still scrolls to it.
 */
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
