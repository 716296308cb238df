import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { PendingEmail } from "@/db/queries/outbox";
import { env } from "@/lib/env";

// SMTP when SMTP_URL is set; otherwise the message, links included, goes to
// the server console (development, tests, e2e, whose server log is read).

let transporter: Transporter | undefined;

function smtp(url: string): Transporter {
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

export function formatForConsole(email: Pick<PendingEmail, "to" | "subject" | "text">): string {
  return `[email] to=${email.to} subject=${JSON.stringify(email.subject)}\n${email.text}\n[email end]`;
}

export async function sendEmail(email: PendingEmail): Promise<void> {
  if (!env.SMTP_URL) {
    console.log(formatForConsole(email));
    return;
  }
  await smtp(env.SMTP_URL).sendMail({ from: env.EMAIL_FROM, to: email.to, subject: email.subject, text: email.text });
}
