/**
 * The member's own words on the visit pack (docs/product.md §9): short enough to read in the
 * minute a clinician has, long enough to say one thing properly. The table's check constraints
 * hold the same limits.
 */
export const VISIT_PACK_NOTE_LIMITS = {
  whatChanged: 1000,
  mainConcern: 500,
  questions: 1000,
} as const;

export type VisitPackNoteField = keyof typeof VISIT_PACK_NOTE_LIMITS;

export type VisitPackNotes = Record<VisitPackNoteField, string | null>;
