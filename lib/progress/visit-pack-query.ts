import { addDays, daysBetween, isIsoDate, type IsoDate } from "@/lib/dates/iso-date";
import {
  VISIT_PACK_DEFAULT_DAYS,
  VISIT_PACK_MAX_DAYS,
  VISIT_PACK_SECTION_IDS,
  type VisitPackOptions,
  type VisitPackSectionId,
} from "./visit-pack-options";

/**
 * The pack page's range and section choice from its query string (a GET form, so it works
 * without JavaScript), falling back to what the member saved last, then to the default. Pure:
 * the page passes today's date and the saved choice in.
 */

/** The quick picks; anything else is typed as two dates. */
export const VISIT_PACK_QUICK_DAYS = [30, 90, 180] as const;

/** How the range was chosen: a rolling number of days ending today, or two fixed dates. */
export type VisitPackRange = { kind: "days"; days: number } | { kind: "dates" };

export type SavedVisitPackChoice = {
  rangeDays: number | null;
  from: IsoDate | null;
  to: IsoDate | null;
  sections: readonly string[] | null;
};

export type VisitPackQueryResult = {
  options: VisitPackOptions;
  range: VisitPackRange;
  /** A message per field the member got wrong; the pack then shows the fallback for that field. */
  errors: { range?: string; sections?: string };
};

type Params = Record<string, string | string[] | undefined>;

const MESSAGES = {
  dates: "Enter both dates as real days, the first no later than the second.",
  future: "The range cannot end after today.",
  tooLong: `Choose a range of at most ${VISIT_PACK_MAX_DAYS} days.`,
  sections: "Choose at least one section.",
} as const;

/** The first value of a query parameter, refused unread when it is longer than any valid one. */
function one(params: Params, name: string, max = 16): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first !== undefined && first.length <= max ? first : undefined;
}

/** The chosen section ids in the pack's own order; unknown ids are ignored. */
export function pickSections(values: readonly string[]): VisitPackSectionId[] {
  const chosen = new Set(values);
  return VISIT_PACK_SECTION_IDS.filter((id) => chosen.has(id));
}

function rollingRange(today: IsoDate, days: number) {
  return { from: addDays(today, -(days - 1)), to: today, range: { kind: "days", days } as const };
}

/** A fixed range checked against today and the maximum length; a message when it fails. */
function checkedDates(
  from: string | undefined,
  to: string | undefined,
  today: IsoDate,
): { from: IsoDate; to: IsoDate; error?: undefined } | { error: string } {
  if (!from || !to || !isIsoDate(from) || !isIsoDate(to) || from > to)
    return { error: MESSAGES.dates };
  if (to > today) return { error: MESSAGES.future };
  if (daysBetween(from, to) + 1 > VISIT_PACK_MAX_DAYS) return { error: MESSAGES.tooLong };
  return { from, to };
}

function savedRange(today: IsoDate, saved: SavedVisitPackChoice | null) {
  if (saved?.rangeDays && saved.rangeDays >= 1 && saved.rangeDays <= VISIT_PACK_MAX_DAYS)
    return rollingRange(today, saved.rangeDays);
  if (saved?.from && saved.to) {
    const dates = checkedDates(saved.from, saved.to, today);
    if (dates.error === undefined)
      return { from: dates.from, to: dates.to, range: { kind: "dates" } as const };
  }
  return rollingRange(today, VISIT_PACK_DEFAULT_DAYS);
}

export function parseVisitPackQuery(
  params: Params,
  { today, saved }: { today: IsoDate; saved: SavedVisitPackChoice | null },
): VisitPackQueryResult {
  const errors: VisitPackQueryResult["errors"] = {};
  const fallback = savedRange(today, saved);
  let chosen: { from: IsoDate; to: IsoDate; range: VisitPackRange } = fallback;

  const range = one(params, "range");
  const quick = VISIT_PACK_QUICK_DAYS.find((days) => String(days) === range);
  if (quick) chosen = rollingRange(today, quick);
  else if (range === "custom") {
    const dates = checkedDates(one(params, "from"), one(params, "to"), today);
    if (dates.error === undefined)
      chosen = { from: dates.from, to: dates.to, range: { kind: "dates" } };
    else errors.range = dates.error;
  }

  // The form always sends `set`, so "no boxes ticked" can be told from "first visit".
  const submitted = one(params, "set") === "1";
  const raw = params.section;
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).slice(0, 32);
  let sections = pickSections(values);
  if (submitted && sections.length === 0) errors.sections = MESSAGES.sections;
  if (!submitted || sections.length === 0) {
    const savedSections = saved?.sections ? pickSections(saved.sections) : [];
    sections = savedSections.length > 0 ? savedSections : [...VISIT_PACK_SECTION_IDS];
  }

  return { options: { from: chosen.from, to: chosen.to, sections }, range: chosen.range, errors };
}

/** The query string that reopens a pack with these options (the PDF link carries it). */
export function visitPackQueryString(options: VisitPackOptions, range: VisitPackRange): string {
  const params = new URLSearchParams({ set: "1" });
  if (range.kind === "days") params.set("range", String(range.days));
  else {
    params.set("range", "custom");
    params.set("from", options.from);
    params.set("to", options.to);
  }
  for (const id of options.sections) params.append("section", id);
  return params.toString();
}
