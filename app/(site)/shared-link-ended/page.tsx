import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";

// What a revoked or expired share link shows (docs/product.md §9). The proxy serves it in
// place of /r/<token> with status 410, so the address the reader typed stays in the bar.
export const metadata: Metadata = {
  title: "This shared link has ended",
  robots: { index: false, follow: false },
};

export default function SharedLinkEndedPage() {
  return (
    <div className="mx-auto w-full max-w-3xl space-y-4 px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">This shared link has ended</h1>
      <p className="text-muted text-lg">
        The person who shared it has revoked it, or the time they chose has run out. If you still
        need to see it, ask them for a new link: they can make one in a minute from their progress
        page.
      </p>
      <div className="flex flex-wrap gap-3 pt-4">
        <ButtonLink href="/">Home</ButtonLink>
        <ButtonLink href="/articles" variant="secondary">
          Articles
        </ButtonLink>
      </div>
    </div>
  );
}
