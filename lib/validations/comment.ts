import { z } from "zod";
import { isStorableText, STORABLE_TEXT_MESSAGE } from "./storable-text";
import {
  COMMENT_BODY_MAX,
  COMMENT_BODY_MIN,
  COMMENT_MAX_LINKS,
  COMMENT_NAME_MAX,
} from "./comment-limits";

// The comment form's contract, shared by the form (limits on the inputs) and
// the server action. Limits keep comments readable and spam unattractive:
// links are what spammers want, so more than two is refused.

export {
  COMMENT_BODY_MAX,
  COMMENT_BODY_MIN,
  COMMENT_MAX_LINKS,
  COMMENT_NAME_MAX,
  HONEYPOT_FIELD,
} from "./comment-limits";

const LINK = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]|\[[^\]]*\]\([^)]*\)/gi;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

export const CommentSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,100}$/, "Unknown article."),
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, "Enter your name.")
    .max(COMMENT_NAME_MAX, `Use at most ${COMMENT_NAME_MAX} characters.`)
    .refine((name) => countLinks(name) === 0, "A name cannot contain a link.")
    .refine(isStorableText, STORABLE_TEXT_MESSAGE),
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "An email address has at most 254 characters.")
    .pipe(z.email("Enter an email address like name@example.com.")),
  body: z
    .string({ error: "Write your comment." })
    .trim()
    .min(COMMENT_BODY_MIN, "Write your comment.")
    .max(COMMENT_BODY_MAX, `Keep it under ${COMMENT_BODY_MAX} characters (about 300 words).`)
    .refine(
      (body) => countLinks(body) <= COMMENT_MAX_LINKS,
      `Include at most ${COMMENT_MAX_LINKS} links.`,
    )
    .refine(isStorableText, STORABLE_TEXT_MESSAGE),
});

export type CommentInput = z.infer<typeof CommentSchema>;

export const ModerationSchema = z.object({
  id: z.uuid("Unknown comment."),
  decision: z.enum(["approved", "rejected", "spam"], "Choose approve, reject or spam."),
});
