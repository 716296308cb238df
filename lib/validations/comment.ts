import { z } from "zod";
import { boundedText, shortString } from "./bounded-text";

import { isStorableText, STORABLE_TEXT_MESSAGE } from "./storable-text";
import {
  COMMENT_BODY_MAX,
  COMMENT_BODY_MIN,
  COMMENT_MAX_LINKS,
  COMMENT_NAME_MAX,
} from "./comment-length-limits";

// The comment form's contract, shared by the form (limits on the inputs) and
// the server action. Limits keep comments readable and spam unattractive:
// links are what spammers want, so more than two is refused.

export { HONEYPOT_FIELD } from "./comment-length-limits";

// Linear in the length of the text: a scan that starts at a "[" stops at the
// next bracket, and one that starts at "](" stops at the next parenthesis, so
// no character is scanned from more than one start. The Markdown-link
// alternative used to be `\[[^\]]*\]\([^)]*\)`, which scanned from every "["
// to the end of the text: quadratic, and it ran on a megabyte before the
// length check (security review F1). A link with brackets inside its text, or
// a text over 200 or a target over 500 characters, is not matched here; its
// "http" or "www." part is still counted by the other alternatives.
const LINK = /\bhttps?:\/\/|\bwww\.[a-z0-9-]{1,63}\.[a-z]|\[[^[\]\n]{0,200}\]\([^()\n]{0,500}\)/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

export const CommentSchema = z.object({
  slug: shortString(100, "Unknown article.").regex(/^[a-z0-9-]{1,100}$/, "Unknown article."),
  name: boundedText(COMMENT_NAME_MAX, `Use at most ${COMMENT_NAME_MAX} characters.`, {
    missing: "Enter your name.",
  })
    .min(1, "Enter your name.")
    .refine((name) => countLinks(name) === 0, "A name cannot contain a link.")
    .refine(isStorableText, STORABLE_TEXT_MESSAGE),
  email: boundedText(254, "An email address has at most 254 characters.", {
    missing: "Enter your email address.",
  })
    .min(1, "Enter your email address.")
    .pipe(z.email("Enter an email address like name@example.com.")),
  body: boundedText(
    COMMENT_BODY_MAX,
    `Keep it under ${COMMENT_BODY_MAX} characters (about 300 words).`,
    {
      missing: "Write your comment.",
    },
  )
    .min(COMMENT_BODY_MIN, "Write your comment.")
    .refine(
      (body) => countLinks(body) <= COMMENT_MAX_LINKS,
      `Include at most ${COMMENT_MAX_LINKS} links.`,
    )
    .refine(isStorableText, STORABLE_TEXT_MESSAGE),
});

export const ModerationSchema = z.object({
  id: shortString(36, "Unknown comment.").pipe(z.uuid("Unknown comment.")),
  decision: z.enum(["approved", "rejected", "spam"], "Choose approve, reject or spam."),
});
