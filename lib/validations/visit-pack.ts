import { z } from "zod";
import { VISIT_PACK_NOTE_LIMITS } from "@/lib/progress/visit-pack-notes";
import { optionalBoundedText } from "./bounded-text";
import { isStorableOrNull, STORABLE_TEXT_MESSAGE } from "./storable-text";

/**
 * The visit pack's "in my own words" form (docs/product.md §9), shared by the form and its
 * server action. Each answer is optional (blank saves as empty) and measured before it is read.
 */
const note = (max: number, what: string) =>
  optionalBoundedText(max, `Keep ${what} to ${max} characters or fewer.`).refine(isStorableOrNull, {
    error: STORABLE_TEXT_MESSAGE,
  });

export const VisitPackNotesSchema = z.object({
  whatChanged: note(VISIT_PACK_NOTE_LIMITS.whatChanged, "what changed"),
  mainConcern: note(VISIT_PACK_NOTE_LIMITS.mainConcern, "your main concern"),
  questions: note(VISIT_PACK_NOTE_LIMITS.questions, "your questions"),
});
