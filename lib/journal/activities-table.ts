import { type Insight, type InsightWindow, entriesInWindow } from "./insight-types";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { JournalDay } from "./types";

/** One activity tried once is already worth listing: the table reports counts, not averages. */
export const ACTIVITIES_MIN_ROWS = 1;

export type ActivityRow = {
  /** The spelling the member used most often (earliest wins a tie). */
  name: string;
  better: number;
  same: number;
  worse: number;
  total: number;
  lastTried: IsoDate;
};

export type ActivitiesTable = Insight<{ rows: readonly ActivityRow[] }>;

type ActivitiesEntry = Pick<JournalDay, "date" | "activities">;

/**
 * Better/same/worse counts per activity, grouping names case-insensitively and ignoring extra
 * spaces ("Walking", "walking " and "WALKING" are one row). Every logged try counts, so an
 * activity done twice in a day counts twice. Sorted by total tries, then name.
 */
export function activitiesTable(
  entries: readonly ActivitiesEntry[],
  window: InsightWindow,
): ActivitiesTable {
  const usable = entriesInWindow(entries, window);
  const groups = new Map<string, Omit<ActivityRow, "name"> & { spellings: Map<string, number> }>();
  let basedOnDays = 0;

  for (const entry of usable) {
    let counted = false;
    for (const activity of entry.activities) {
      const spelling = activity.name.trim().replace(/\s+/g, " ");
      if (spelling === "") continue;
      counted = true;
      const key = spelling.toLowerCase();
      const group = groups.get(key) ?? {
        better: 0,
        same: 0,
        worse: 0,
        total: 0,
        lastTried: entry.date,
        spellings: new Map<string, number>(),
      };
      group[activity.response] += 1;
      group.total += 1;
      group.lastTried = entry.date;
      // Map keeps insertion order, so the earliest spelling comes first in a tie below.
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
      groups.set(key, group);
    }
    if (counted) basedOnDays += 1;
  }

  if (groups.size < ACTIVITIES_MIN_ROWS) {
    return {
      status: "insufficient",
      basedOnDays,
      needed: ACTIVITIES_MIN_ROWS,
      message:
        "No activities logged yet. Add the activities you try to your journal entries, with whether they left you better, the same or worse.",
    };
  }

  const rows: (ActivityRow & { key: string })[] = [...groups.entries()].map(([key, group]) => {
    const { spellings, ...counts } = group;
    return { key, name: mostUsed(spellings), ...counts };
  });
  rows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { status: "ok", basedOnDays, rows: rows.map(({ key: _key, ...row }) => row) };
}

function mostUsed(spellings: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
