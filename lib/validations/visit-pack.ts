import { z } from "zod";
import { VISIT_PACK_NOTE_LIMITS } from "@/lib/progress/visit-pack-notes";
import { optionalBoundedText } from "./bounded-text";
import { isStorableOrNull, STORABLE_TEXT_MESSAGE } from "./storable-text";

/**
 * The visit pack's "in my own words" form (docs/product.md §9), shared by the form and its
 * server action. Each answer may be blank (saved as empty) and is measured before it is read.
 * The form always sends all three, so a post missing one (a body the server dropped as too
 * large arrives with no fields at all) is refused rather than saved as three blanks.
 */
export const VISIT_PACK_NOTES_INCOMPLETE =
  "Something went wrong sending your words. Please try again.";

const note = (max: number, what: string) =>
  z
    .custom<unknown>((value) => value !== undefined, {
      error: VISIT_PACK_NOTES_INCOMPLETE,
      abort: true,
    })
    .pipe(
      optionalBoundedText(max, `Keep ${what} to ${max} characters or fewer.`).refine(
        isStorableOrNull,
        { error: STORABLE_TEXT_MESSAGE },
      ),
    );

export const VisitPackNotesSchema = z.object({
  whatChanged: note(VISIT_PACK_NOTE_LIMITS.whatChanged, "what changed"),
  mainConcern: note(VISIT_PACK_NOTE_LIMITS.mainConcern, "your main concern"),
  questions: note(VISIT_PACK_NOTE_LIMITS.questions, "your questions"),
});
