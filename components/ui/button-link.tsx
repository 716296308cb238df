import Link from "next/link";
import type { ComponentProps } from "react";

const styles = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-600 text-brand-800 bg-white hover:bg-brand-50",
} as const;

export function buttonClass(variant: keyof typeof styles = "primary", extra = "") {
  return `inline-flex min-h-11 items-center justify-center rounded-full px-6 py-2.5 text-base font-semibold no-underline transition-colors disabled:opacity-60 ${styles[variant]} ${extra}`;
}

export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof styles }) {
  return <Link {...props} className={buttonClass(variant, className)} />;
}
