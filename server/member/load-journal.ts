import "server-only";
import {
  getJournalEntries,
  getJournalEntryByDate,
  type JournalEntryView,
} from "@/db/queries/journal";
import { isIsoDate, type IsoDate } from "@/lib/dates/iso-date";

export const JOURNAL_PAGE_SIZE = 30;

export type JournalPageData = {
  entries: JournalEntryView[];
  hasMore: boolean;
  page: number;
  /** The day the entry form is for: today unless the member chose a logged day to edit. */
  formDate: IsoDate;
  /** That day's entry when it exists, so the form edits it instead of adding a second one. */
  formEntry: JournalEntryView | null;
};

/** More pages than a century of daily entries fills; beyond it a page number is not found. */
export const JOURNAL_MAX_PAGE = 10_000;

/** Everything /journal shows, in two parallel round trips. */
export async function loadJournal({
  userId,
  today,
  date,
  page = 1,
}: {
  userId: string;
  today: IsoDate;
  date?: string;
  page?: number;
}): Promise<JournalPageData> {
  const formDate = date && isIsoDate(date) && date <= today ? date : today;
  const safePage = Number.isSafeInteger(page) && page > 0 && page <= JOURNAL_MAX_PAGE ? page : 1;
  const [list, formEntry] = await Promise.all([
    getJournalEntries({
      userId,
      limit: JOURNAL_PAGE_SIZE,
      offset: (safePage - 1) * JOURNAL_PAGE_SIZE,
    }),
    getJournalEntryByDate({ userId, date: formDate }),
  ]);
  return { ...list, page: safePage, formDate, formEntry };
}
