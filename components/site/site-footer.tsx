import { RedFlagSummary } from "@/components/safety/red-flag-list";
import { ChromeLink } from "@/components/site/chrome-link";
import { ThemeToggle } from "@/components/site/theme-toggle";
import { siteConfig } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="border-brand-100 bg-brand-50 mt-16 border-t">
      <div className="text-muted mx-auto grid max-w-5xl gap-6 px-4 py-10 text-sm sm:grid-cols-[2fr_1fr]">
        <div className="max-w-prose space-y-2">
          <p>
            <strong className="text-ink">Not medical advice.</strong> {siteConfig.shortDisclaimer}
          </p>
          <RedFlagSummary />
        </div>
        <nav aria-label="Legal and site">
          <ul className="space-y-1">
            <li>
              <ChromeLink href="/about">About LBPfix</ChromeLink>
            </li>
            <li>
              <ChromeLink href="/disclaimer">Medical disclaimer</ChromeLink>
            </li>
            <li>
              <ChromeLink href="/privacy">Privacy</ChromeLink>
            </li>
            <li>
              <ChromeLink href="/terms">Terms</ChromeLink>
            </li>
            <li>
              <ChromeLink href="/feed.xml">RSS feed</ChromeLink>
            </li>
          </ul>
        </nav>
        <div className="flex flex-wrap items-center justify-between gap-4 sm:col-span-2">
          <p>
            © {new Date().getFullYear()} {siteConfig.name}. Written by the {siteConfig.name}{" "}
            editorial team.
          </p>
          <ThemeToggle />
        </div>
      </div>
    </footer>
  );
}
