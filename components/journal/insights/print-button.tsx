"use client";

import { buttonClassName } from "@/components/ui/button-class";

/** The browser's own print dialog; the page's print styles turn it into a tidy report. */
export function PrintButton({ label = "Print report for your clinician" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={buttonClassName("secondary", "print:hidden")}
    >
      {label}
    </button>
  );
}
