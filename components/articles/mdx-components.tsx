import type { MDXComponents } from "mdx/types";
import Link from "next/link";
import type { ComponentProps } from "react";

// Typography for article and legal bodies: 17–18 px text, 1.75 line height
// and ~68 characters a line read comfortably on a phone and a desktop alike.

function Anchor({ href = "", children, ...props }: ComponentProps<"a">) {
  if (href.startsWith("/")) {
    return (
      <Link href={href} {...props}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...props}>
      {children}
    </a>
  );
}

export const proseComponents: MDXComponents = {
  h2: (props) => <h2 {...props} className="mt-12 scroll-mt-6 font-serif text-2xl font-bold leading-snug text-ink sm:text-3xl print:mt-6" />,
  h3: (props) => <h3 {...props} className="mt-8 scroll-mt-6 text-xl font-semibold leading-snug text-ink print:mt-4" />,
  p: (props) => <p {...props} className="mt-5" />,
  ul: (props) => <ul {...props} className="mt-5 list-disc space-y-2 pl-6 marker:text-brand-600" />,
  ol: (props) => <ol {...props} className="mt-5 list-decimal space-y-2 pl-6 marker:font-semibold marker:text-brand-700" />,
  li: (props) => <li {...props} className="pl-1" />,
  blockquote: (props) => (
    <blockquote {...props} className="mt-6 border-l-4 border-brand-500 bg-brand-50 py-3 pr-4 pl-5 font-serif text-xl leading-relaxed [&>p]:mt-0" />
  ),
  strong: (props) => <strong {...props} className="font-semibold text-ink" />,
  hr: () => <hr className="my-10 border-brand-100" />,
  a: Anchor,
};

/** The wrapper every MDX body renders in. */
export function Prose({ children }: { children: React.ReactNode }) {
  return <div className="max-w-[68ch] text-[1.0625rem] leading-[1.75] break-words text-ink sm:text-lg print:text-[11pt] print:leading-normal">{children}</div>;
}
