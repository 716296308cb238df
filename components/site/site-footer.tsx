import Link from "next/link";

// Like the header's, these links are on every page and do not prefetch (see site-header.tsx).
import { siteConfig } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="border-brand-100 bg-brand-50 mt-16 border-t">
      <div className="text-muted mx-auto grid max-w-5xl gap-6 px-4 py-10 text-sm sm:grid-cols-[2fr_1fr]">
        <p className="max-w-prose">
          <strong className="text-ink">Not medical advice.</strong> {siteConfig.shortDisclaimer} If
          you have new bladder or bowel problems, numbness around your genitals or back passage, or
          weakness in both legs, seek urgent care now.
        </p>
        <nav aria-label="Legal and site">
          <ul className="space-y-1">
            <li>
              <Link prefetch={false} href="/disclaimer">
                Medical disclaimer
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/privacy">
                Privacy
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/terms">
                Terms
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/feed.xml">
                RSS feed
              </Link>
            </li>
          </ul>
        </nav>
        <p className="sm:col-span-2">
          © {new Date().getFullYear()} {siteConfig.name}. Written by people, for people in pain.
        </p>
      </div>
    </footer>
  );
}
