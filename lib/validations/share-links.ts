import { z } from "zod";
import { daysBetween, isIsoDate } from "@/lib/dates/iso-date";
import { isUuid } from "@/lib/ids";
import {
  SHARE_LINK_DEFAULT_DAYS,
  SHARE_LINK_MAX_DAYS,
  SHARE_LINK_MIN_DAYS,
} from "@/lib/share-links/expiry";
import {
  VISIT_PACK_MAX_DAYS,
  VISIT_PACK_SECTION_IDS,
  type VisitPackSectionId,
} from "@/lib/progress/visit-pack-options";
import { boundedList, shortString, wholeNumber } from "./bounded-text";

/**
 * Share links for the visit pack (docs/product.md §9): the form sends how long the link lasts
 * and the pack options it shares (the range and sections the member is looking at, as hidden
 * fields). Every value is measured before it is read.
 */

export const SHARE_LINK_MESSAGES = {
  expiryDays: `Choose from ${SHARE_LINK_MIN_DAYS} to ${SHARE_LINK_MAX_DAYS} days`,
  range: "Choose a date range for the pack first",
  sections: "Choose at least one section for the pack",
  notFound: "That link was not found.",
  limit: "You have as many live links as there is room for. Revoke one to make another.",
} as const;

const isoDate = shortString(10, SHARE_LINK_MESSAGES.range).refine(isIsoDate, {
  error: SHARE_LINK_MESSAGES.range,
});

const sectionId = z.enum(VISIT_PACK_SECTION_IDS as [VisitPackSectionId, ...VisitPackSectionId[]], {
  error: SHARE_LINK_MESSAGES.sections,
});

/** One ticked section arrives as a string, several as a list. */
const sections = z.preprocess(
  (value) => (typeof value === "string" ? [value] : value),
  boundedList(sectionId, {
    min: 1,
    max: VISIT_PACK_SECTION_IDS.length,
    message: SHARE_LINK_MESSAGES.sections,
  }),
);

export const CreateShareLinkSchema = z
  .object({
    expiryDays: z.preprocess(
      (value) => (value === undefined || value === "" ? String(SHARE_LINK_DEFAULT_DAYS) : value),
      wholeNumber(SHARE_LINK_MIN_DAYS, SHARE_LINK_MAX_DAYS, SHARE_LINK_MESSAGES.expiryDays),
    ),
    from: isoDate,
    to: isoDate,
    sections,
  })
  .refine(({ from, to }) => from <= to && daysBetween(from, to) < VISIT_PACK_MAX_DAYS, {
    error: SHARE_LINK_MESSAGES.range,
    path: ["from"],
  })
  // Each section once, in the pack's own order, whatever order the form sent.
  .transform((value) => ({
    ...value,
    sections: VISIT_PACK_SECTION_IDS.filter((id) => value.sections.includes(id)),
  }));

export const RevokeShareLinkSchema = z.object({
  linkId: shortString(36, SHARE_LINK_MESSAGES.notFound).refine(isUuid, {
    error: SHARE_LINK_MESSAGES.notFound,
  }),
});
