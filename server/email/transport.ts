import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { PendingEmail } from "@/db/queries/outbox";
import { env } from "@/lib/env";
import { consoleMailIsRedacted, formatForConsole } from "./console-mail";

// SMTP when SMTP_URL is set; otherwise the message goes to the server
// console (development, tests, e2e, whose server log is read). A production
// server without SMTP_URL redacts the links: whoever reads the log must not
// be able to reset a member's password (see console-mail.ts).

let transporter: Transporter | undefined;

function smtp(url: string): Transporter {
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

export async function sendEmail(email: PendingEmail): Promise<void> {
  if (!env.SMTP_URL) {
    console.log(formatForConsole(email, { redact: consoleMailIsRedacted(env) }));
    return;
  }
  await smtp(env.SMTP_URL).sendMail({
    from: env.EMAIL_FROM,
    // The outbox row's id: an email sent again after a crash mid-send carries the same id, which
    // mail systems use to show it once.
    messageId: `<${email.id}@${new URL(env.SITE_URL).hostname}>`,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    ...(email.headers ? { headers: email.headers } : {}),
  });
}
