import type { Metadata } from "next";
import Link from "next/link";
import { VisitPackChoiceForm } from "@/app/(member)/progress/report/_components/visit-pack-choice-form";
import { VisitPackNotesForm } from "@/app/(member)/progress/report/_components/visit-pack-notes-form";
import { PrintButton } from "@/components/journal/insights/print-button";
import { ShareLinksPanel } from "@/components/progress/share-links-panel";
import { VisitPackView } from "@/components/progress/visit-pack-view";
import { buttonClassName } from "@/components/ui/button-class";
import { listShareLinks } from "@/db/queries/share-links";
import { getSavedVisitPack } from "@/db/queries/visit-pack";
import { isoDateOf } from "@/lib/dates/iso-date";
import { parseVisitPackQuery, visitPackQueryString } from "@/lib/progress/visit-pack-query";
import { requireUser } from "@/server/auth/current-user";
import { loadVisitPack } from "@/server/member/load-visit-pack";

export const metadata: Metadata = { title: "Visit pack" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The visit pack (docs/product.md §9): the member picks the range and sections (a GET form),
 * reads the one-page pack, prints it or downloads its PDF, writes their own words for it, and
 * shares it by a link that ends (share-links-panel.tsx). Everything is rendered on the server; the notes form is the page's only interactive part.
 */
export default async function VisitPackPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const now = new Date();
  const [saved, shareLinks] = await Promise.all([
    getSavedVisitPack({ userId: user.id }),
    listShareLinks({ userId: user.id }),
  ]);
  const { options, range, errors } = parseVisitPackQuery(await searchParams, {
    today: isoDateOf(now),
    saved: saved.choice,
  });
  const pack = await loadVisitPack(user.id, options);
  const query = visitPackQueryString(options, range);

  return (
    <div className="mx-auto w-full max-w-5xl space-y-8 px-4 py-8 sm:py-10 print:max-w-none print:space-y-0 print:p-0">
      <header className="space-y-2 print:hidden">
        <p>
          <Link className="underline" href="/progress">
            Your progress
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Visit pack</h1>
        <p className="text-muted max-w-2xl text-lg">
          One page for a physiotherapist or doctor to read in a minute: your quiz result, how your
          weeks have gone, and your own words. Choose the period and what to include, then print it
          or download the PDF.
        </p>
      </header>

      <section aria-labelledby="choose-heading" className="space-y-3 print:hidden">
        <h2 id="choose-heading" className="text-2xl font-semibold">
          Choose what goes in
        </h2>
        <VisitPackChoiceForm options={options} range={range} errors={errors} />
      </section>

      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <a className={buttonClassName("primary")} href={`/progress/report/pdf?${query}`} download>
          Download PDF
        </a>
        <PrintButton label="Print" />
        <a className="underline" href={`/progress/report/pdf?${query}&paper=letter`} download>
          PDF on US Letter paper
        </a>
      </div>

      <VisitPackView pack={pack} mode="member" />

      <section
        id="my-words"
        aria-labelledby="my-words-heading"
        className="max-w-2xl space-y-3 print:hidden"
      >
        <h2 id="my-words-heading" className="text-2xl font-semibold">
          In my own words
        </h2>
        <p className="text-muted">
          Saved with your pack and shown under &ldquo;In my own words&rdquo;. Only you, and anyone
          you give the pack to, can read them.
        </p>
        <VisitPackNotesForm notes={saved.notes} choice={[...new URLSearchParams(query)]} />
      </section>

      <div className="print:hidden">
        <ShareLinksPanel options={options} links={shareLinks} now={now} />
      </div>
    </div>
  );
}
