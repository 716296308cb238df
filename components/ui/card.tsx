import type { ComponentProps } from "react";

export function Card({ className = "", ...props }: ComponentProps<"section">) {
  return (
    <section
      {...props}
      className={`border-brand-100 rounded-2xl border bg-white p-5 shadow-sm sm:p-6 ${className}`}
    />
  );
}
