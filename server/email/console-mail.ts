import "server-only";
// How an email looks when it is printed instead of sent (no SMTP_URL). Pure,
// so the rules are tested without a server.

type MailEnv = { NODE_ENV: string; SMTP_URL?: string; MAIL_LOG_LINKS: boolean };

/** True when printed mail must not carry working links: production, unless opted in. */
export function consoleMailIsRedacted(env: MailEnv): boolean {
  return env.NODE_ENV === "production" && !env.MAIL_LOG_LINKS;
}

/** The start-up warning for a production server that will print mail instead of sending it, or null. */
export function consoleMailWarning(env: MailEnv): string | null {
  if (env.NODE_ENV !== "production" || env.SMTP_URL) return null;
  const links = env.MAIL_LOG_LINKS
    ? "MAIL_LOG_LINKS is on, so reset and confirmation links appear in the log in full: use this only for tests."
    : "Links in them are redacted, so members cannot reset passwords or confirm email changes.";
  return `[email] SMTP_URL is not set: emails are printed to this log, not sent. ${links} Set SMTP_URL to send mail.`;
}

// A link's query carries its token (reset, email confirmation); the rest of
// the link says which kind of mail it was, which is worth keeping in a log.
// Word by word, with plain index searches: linear in the text.
function redactWord(word: string): string {
  const scheme = word.search(/https?:\/\//);
  if (scheme < 0) return word;
  const query = word.slice(scheme).search(/[?#]/);
  return query < 0 ? word : `${word.slice(0, scheme + query)}?[redacted]`;
}

export function redactLinks(text: string): string {
  return text.replace(/\S+/g, redactWord);
}

export function formatForConsole(
  email: { to: string; subject: string; text: string },
  { redact = false } = {},
): string {
  const text = redact ? redactLinks(email.text) : email.text;
  return `[email] to=${email.to} subject=${JSON.stringify(email.subject)}\n${text}\n[email end]`;
}
