import type { MDXComponents } from "mdx/types";
import Link from "next/link";
import type { ComponentProps } from "react";

// Typography for article and legal bodies: 17–18 px text, 1.75 line height
// and ~68 characters a line read comfortably on a phone and a desktop alike.

// Underlined: links inside running text must not rely on colour alone (WCAG 1.4.1).
const linkClass = "underline decoration-brand-500/70 underline-offset-2 hover:decoration-2";

function Anchor({ href = "", children, ...props }: ComponentProps<"a">) {
  if (href.startsWith("/")) {
    return (
      <Link href={href} {...props} className={linkClass}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...props} className={linkClass}>
      {children}
    </a>
  );
}

export const proseComponents: MDXComponents = {
  h2: (props) => (
    <h2
      {...props}
      className="text-ink mt-12 scroll-mt-6 font-serif text-2xl leading-snug font-bold sm:text-3xl print:mt-6"
    />
  ),
  h3: (props) => (
    <h3
      {...props}
      className="text-ink mt-8 scroll-mt-6 text-xl leading-snug font-semibold print:mt-4"
    />
  ),
  p: (props) => <p {...props} className="mt-5" />,
  ul: (props) => <ul {...props} className="marker:text-brand-600 mt-5 list-disc space-y-2 pl-6" />,
  ol: (props) => (
    <ol
      {...props}
      className="marker:text-brand-700 mt-5 list-decimal space-y-2 pl-6 marker:font-semibold"
    />
  ),
  li: (props) => <li {...props} className="pl-1" />,
  blockquote: (props) => (
    <blockquote
      {...props}
      className="border-brand-500 bg-brand-50 mt-6 border-l-4 py-3 pr-4 pl-5 font-serif text-xl leading-relaxed [&>p]:mt-0"
    />
  ),
  strong: (props) => <strong {...props} className="text-ink font-semibold" />,
  hr: () => <hr className="border-brand-100 my-10" />,
  a: Anchor,
};

/** The wrapper every MDX body renders in. */
export function Prose({ children }: { children: React.ReactNode }) {
  return (
    <div className="text-ink max-w-[68ch] text-[1.0625rem] leading-[1.75] break-words sm:text-lg print:text-[11pt] print:leading-normal">
      {children}
    </div>
  );
}
