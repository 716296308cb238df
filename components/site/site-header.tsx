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
 * Public pages are static, so their header cannot know who is signed in: it
 * offers "Sign in", and the proxy sends a signed-in member from /sign-in
 * straight to the dashboard. Member pages render the member variant.
 */
export function SiteHeader({ variant = "public" }: { variant?: "public" | "member" }) {
  const links = variant === "member" ? [...memberLinks, ...publicLinks.slice(0, 1)] : publicLinks;
  return (
    <header role="banner" className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={variant === "member" ? "/dashboard" : "/"} className="text-xl font-bold text-brand-800 no-underline">
          LBP<span className="text-brand-600">fix</span>
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-[15px]">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="inline-block py-2 font-medium text-ink no-underline hover:text-brand-700 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {variant === "member" ? (
          <Link href="/account" className="rounded-full border border-brand-200 px-4 py-2 text-sm font-medium no-underline hover:bg-brand-50">
            Account
          </Link>
        ) : (
          <div className="flex items-center gap-2">
            <Link href="/sign-in" className="rounded-full px-3 py-2 text-sm font-medium no-underline hover:bg-brand-50">
              Sign in
            </Link>
            <Link href="/dashboard" className="rounded-full bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800">
              Dashboard
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
