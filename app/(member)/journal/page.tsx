import type { Metadata } from "next";
import Link from "next/link";
import { JournalBoard } from "@/app/(member)/journal/_components/journal-board";
import { JournalNav } from "@/app/(member)/journal/_components/journal-nav";
import { requireUser } from "@/server/auth/current-user";
import { isoDateOf } from "@/lib/dates/iso-date";
import { notFound } from "next/navigation";
import { JOURNAL_MAX_PAGE, loadJournal } from "@/server/member/load-journal";

export const metadata: Metadata = { title: "Your journal" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A page number the list can have, or "not found" (never a 500 for ?page=1e20: F14). */
function journalPage(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(page) || page < 1 || page > JOURNAL_MAX_PAGE) notFound();
  return page;
}

export default async function JournalPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const today = isoDateOf(new Date());
  const date = first(params.date);
  const page = journalPage(first(params.page));
  const data = await loadJournal({ userId: user.id, today, date, page });
  const here = new URLSearchParams();
  if (date !== undefined) here.set("date", date);
  if (page > 1) here.set("page", String(page));

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:py-10">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">Your journal</h1>
        <p className="text-muted max-w-2xl">
          A minute a day is enough. Memory is unreliable; a few notes on pain, sleep, stress and
          what you tried show you the patterns that help.
        </p>
        <JournalNav current="entries" />
      </header>

      <JournalBoard
        today={today}
        formDate={data.formDate}
        formEntry={data.formEntry}
        entries={data.entries}
        pageHref={here.size > 0 ? `/journal?${here.toString()}` : "/journal"}
      />

      {data.page > 1 || data.hasMore ? (
        <nav aria-label="Older and newer entries" className="flex flex-wrap justify-between gap-4">
          {data.page > 1 ? (
            <Link
              className="underline"
              href={data.page === 2 ? "/journal" : `/journal?page=${data.page - 1}`}
            >
              Newer entries
            </Link>
          ) : (
            <span />
          )}
          {data.hasMore ? (
            <Link className="underline" href={`/journal?page=${data.page + 1}`}>
              Older entries
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
