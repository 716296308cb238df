import Link from "next/link";

const publicLinks = [
  { href: "/articles", label: "Articles" },
  { href: "/rest-or-move", label: "Rest or move" },
  { href: "/quiz", label: "Quiz" },
];

const memberLinks = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/program", label: "Program" },
  { href: "/journal", label: "Journal" },
  { href: "/assessments", label: "Assessments" },
];

/**
 * The header is on every page, so its links do not prefetch as they come into view: on a
 * phone that was five background requests, and their parsing on the main thread, while the
 * page itself was still starting up (Lighthouse counted ~100 ms more blocking time on an
 * article and ~150 ms on the dashboard; decision record 0009). A click fetches the page then.
 *
 * Public pages are static, so their header cannot know who is signed in: it
 * offers "Sign in", and the proxy sends a signed-in member from /sign-in
 * straight to the dashboard. Member pages render the member variant.
 */
export function SiteHeader({ variant = "public" }: { variant?: "public" | "member" }) {
  const links = variant === "member" ? [...memberLinks, ...publicLinks.slice(0, 1)] : publicLinks;
  return (
    <header role="banner" className="border-brand-100 border-b bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link
          prefetch={false}
          href={variant === "member" ? "/dashboard" : "/"}
          className="text-brand-800 text-xl font-bold no-underline"
        >
          LBP<span className="text-brand-600">fix</span>
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-[15px]">
            {links.map((l) => (
              <li key={l.href}>
                <Link
                  prefetch={false}
                  href={l.href}
                  className="text-ink hover:text-brand-700 inline-block py-2 font-medium no-underline hover:underline"
                >
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {variant === "member" ? (
          <Link
            prefetch={false}
            href="/account"
            className="border-brand-200 hover:bg-brand-50 rounded-full border px-4 py-2 text-sm font-medium no-underline"
          >
            Account
          </Link>
        ) : (
          <div className="flex items-center gap-2">
            <Link
              prefetch={false}
              href="/sign-in"
              className="hover:bg-brand-50 rounded-full px-3 py-2 text-sm font-medium no-underline"
            >
              Sign in
            </Link>
            <Link
              prefetch={false}
              href="/dashboard"
              className="bg-brand-700 hover:bg-brand-800 rounded-full px-4 py-2 text-sm font-semibold text-white no-underline"
            >
              Dashboard
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
