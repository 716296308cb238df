import type { IsoDate } from "@/lib/dates/iso-date";

/**
 * What a visit pack shows (docs/product.md §9): the member picks a date range and which
 * sections. The same options drive the page at /progress/report, its PDF, and a share link
 * (which stores them, so the shared page shows the same sections for the same range).
 */

/** The sections in the order a clinician reads them. */
export const VISIT_PACK_SECTIONS = [
  { id: "quiz", label: "Quiz result and flags" },
  { id: "trend", label: "Weekly score and pain trend" },
  { id: "abilities", label: "My activities" },
  { id: "flares", label: "Flare-ups" },
  { id: "sessions", label: "Sessions planned and done" },
  { id: "helpsHurts", label: "What seems to help or hurt" },
  { id: "sleepStress", label: "Sleep and stress" },
  { id: "notes", label: "In my own words" },
] as const;

export type VisitPackSectionId = (typeof VISIT_PACK_SECTIONS)[number]["id"];

export const VISIT_PACK_SECTION_IDS: readonly VisitPackSectionId[] = VISIT_PACK_SECTIONS.map(
  (section) => section.id,
);

/** The longest range a pack covers, and the one it starts with. */
export const VISIT_PACK_MAX_DAYS = 366;
export const VISIT_PACK_DEFAULT_DAYS = 90;

export type VisitPackOptions = {
  /** First and last day shown, inclusive, in the member's calendar. */
  from: IsoDate;
  to: IsoDate;
  /** Sections to show, a subset of VISIT_PACK_SECTION_IDS; shown in the order above. */
  sections: VisitPackSectionId[];
};
