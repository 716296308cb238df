import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VisitPackView } from "@/components/progress/visit-pack-view";
import { viewLiveShareLink } from "@/db/queries/share-links";
import { formatShortDate, isoDateOf } from "@/lib/dates/iso-date";
import { hashShareToken, isWellFormedShareToken } from "@/lib/share-links/share-token";
import { sharedVisitPack } from "@/server/share/shared-pack-cache";

export const metadata: Metadata = {
  title: "A shared visit pack",
  description: "A read-only visit pack a member chose to share.",
};

/**
 * A visit pack shared through a link (docs/product.md §9): read-only, as of now, for the range
 * and sections stored on the link. The proxy has already counted the request against the
 * address, answered 410 for a revoked or expired link and set the no-store, no-referrer and
 * noindex headers; this page counts the view (and finds nothing if the link ended since).
 */
export default async function SharedVisitPackPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  if (!isWellFormedShareToken(token)) notFound();
  const now = new Date();
  const link = await viewLiveShareLink({ tokenHash: hashShareToken(token), now });
  if (!link) notFound();
  const pack = await sharedVisitPack(link, now);
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8 sm:py-10">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">A shared visit pack</h1>
        <p
          role="note"
          className="border-brand-200 bg-brand-50 max-w-2xl rounded-xl border p-4"
          data-shared-note
        >
          Shared by the member on {formatShortDate(isoDateOf(link.createdAt), true)}; self-reported,
          not a diagnosis.
        </p>
      </header>
      <VisitPackView pack={pack} mode="shared" />
    </div>
  );
}
