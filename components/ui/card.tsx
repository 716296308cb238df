import type { ComponentProps } from "react";

export function Card({ className = "", ...props }: ComponentProps<"section">) {
  return <section {...props} className={`rounded-2xl border border-brand-100 bg-white p-5 shadow-sm sm:p-6 ${className}`} />;
}
