import { ChromeLink } from "@/components/site/chrome-link";
import { HeaderAccountLinks } from "@/components/site/header-account-links";

const publicLinks = [
  { href: "/articles", label: "Articles" },
  { href: "/learn", label: "Learn" },
  { href: "/rest-or-move", label: "Rest or move" },
  { href: "/quiz", label: "Quiz" },
];

const memberLinks = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/program", label: "Program" },
  { href: "/journal", label: "Journal" },
  { href: "/settings/reminders", label: "Reminders" },
  { href: "/assessments", label: "Quiz results" },
];

const quietPill = "hover:bg-brand-50 rounded-full px-3 py-2 text-sm font-medium no-underline";
const primaryPill =
  "bg-brand-700 hover:bg-brand-800 rounded-full px-4 py-2 text-sm font-semibold text-white no-underline";

/**
 * Its links are ChromeLinks: on every page, they do not prefetch (see chrome-link.tsx).
 *
 * Public pages are static, so the server cannot know who is signed in there: the account
 * links are a small island that reads the "signed in" hint cookie after hydration
 * (header-account-links.tsx). Without JavaScript a member sees "Sign in", and the proxy
 * sends them from /sign-in straight to the dashboard. Member pages render the member variant.
 */
export function SiteHeader({ variant = "public" }: { variant?: "public" | "member" }) {
  const links = variant === "member" ? [...memberLinks, ...publicLinks.slice(0, 2)] : publicLinks;
  return (
    <header role="banner" className="border-brand-100 border-b bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <ChromeLink
          href={variant === "member" ? "/dashboard" : "/"}
          className="text-brand-800 text-xl font-bold no-underline"
        >
          LBP<span className="text-brand-600">fix</span>
        </ChromeLink>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-[0.9375rem]">
            {links.map((l) => (
              <li key={l.href}>
                <ChromeLink
                  href={l.href}
                  className="text-ink hover:text-brand-700 inline-block py-2 font-medium no-underline hover:underline"
                >
                  {l.label}
                </ChromeLink>
              </li>
            ))}
          </ul>
        </nav>
        {variant === "member" ? (
          <ChromeLink
            href="/account"
            className="border-brand-200 hover:bg-brand-50 rounded-full border px-4 py-2 text-sm font-medium no-underline"
          >
            Account
          </ChromeLink>
        ) : (
          <div className="flex items-center gap-2">
            <HeaderAccountLinks
              guest={
                <>
                  <ChromeLink href="/sign-in" className={quietPill}>
                    Sign in
                  </ChromeLink>
                  <ChromeLink href="/quiz" className={primaryPill}>
                    Get started
                  </ChromeLink>
                </>
              }
              member={
                <>
                  <ChromeLink href="/account" className={quietPill}>
                    Account
                  </ChromeLink>
                  <ChromeLink href="/dashboard" className={primaryPill}>
                    My dashboard
                  </ChromeLink>
                </>
              }
            />
          </div>
        )}
      </div>
    </header>
  );
}
