const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-600 bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-danger-700 text-white hover:bg-danger-800",
} as const;

export type ButtonVariant = keyof typeof variants;

/** One button look for links and buttons alike (44 px tall: a comfortable touch target). */
export function buttonClassName(variant: ButtonVariant = "primary", extra = "") {
  return `inline-flex min-h-11 items-center justify-center rounded-full px-6 py-2.5 text-base font-semibold no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]} ${extra}`.trim();
}
