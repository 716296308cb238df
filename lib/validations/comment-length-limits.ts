// Comment limits without zod, so the client form can show them without
// pulling the schema library into the article page's JavaScript.
export const COMMENT_NAME_MAX = 80;
export const COMMENT_BODY_MIN = 2;
export const COMMENT_BODY_MAX = 2000;
export const COMMENT_MAX_LINKS = 2;
/** The honeypot: a field hidden from people; bots that fill it are ignored. */
export const HONEYPOT_FIELD = "website";
