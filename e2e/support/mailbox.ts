// Reads the emails the e2e server "sent": without SMTP_URL the app prints
// each one to its console (server/email/transport.ts), and scripts/e2e-server.ts
// keeps that output in .data/e2e/server.log. Delivery runs just after the
// response, so reads poll for a moment.
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

export type SentEmail = { to: string; subject: string; text: string };

const LOG = path.resolve(".data/e2e/server.log");

export function sentEmails(): SentEmail[] {
  const log = fs.existsSync(LOG) ? fs.readFileSync(LOG, "utf8") : "";
  const emails: SentEmail[] = [];
  const pattern = /\[email\] to=(\S+) subject=("(?:[^"\\]|\\.)*")\n([\s\S]*?)\n\[email end\]/g;
  for (const match of log.matchAll(pattern)) {
    emails.push({ to: match[1]!, subject: JSON.parse(match[2]!) as string, text: match[3]! });
  }
  return emails;
}

/** The newest email to `to` whose subject matches, waiting up to 10 s for it. */
export async function latestEmail(to: string, subject: RegExp): Promise<SentEmail> {
  let found: SentEmail | undefined;
  await expect
    .poll(
      () => {
        found = sentEmails()
          .filter((e) => e.to === to.toLowerCase() || e.to === to)
          .filter((e) => subject.test(e.subject))
          .pop();
        return Boolean(found);
      },
      { message: `an email to ${to} with subject ${subject}`, timeout: 10_000 },
    )
    .toBe(true);
  return found!;
}

export function countEmails(to: string, subject: RegExp): number {
  return sentEmails().filter((e) => e.to === to && subject.test(e.subject)).length;
}

/** The first link in an email to the given path, as a path the test can visit. */
export function linkTo(email: SentEmail, pathname: string): string {
  const match = email.text.match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname === pathname);
  if (!match) throw new Error(`no link to ${pathname} in: ${email.text}`);
  const url = new URL(match);
  return `${url.pathname}${url.search}`;
}
