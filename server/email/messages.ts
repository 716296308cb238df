import "server-only";
import type { OutboxMessage } from "@/db/queries/outbox";
import { env } from "@/lib/env";

// Every email the accounts feature sends, in plain text. Links are absolute
// (SITE_URL) because they are opened from a mail client. Mail to an address
// nobody has confirmed yet (welcome, sign-up notice, email-change confirm and
// notice) holds only our own words and links: whoever typed the address
// could otherwise use our sender to deliver their text (F11).

export function siteLink(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}

const signature =
  "\n\n— LBPfix\nEducational only: not a diagnosis or a substitute for care from a health professional.";

export function welcomeEmail({ to }: { to: string }): OutboxMessage {
  return {
    to,
    kind: "welcome",
    subject: "Welcome to LBPfix",
    text: `Hello,\n\nYour LBPfix account is ready. Your dashboard: ${siteLink("/dashboard")}\n\nIf you did not create this account, reset its password at ${siteLink("/forgot-password")} and delete it from the Account page.${signature}`,
  };
}

export function signUpAttemptEmail({ to }: { to: string }): OutboxMessage {
  return {
    to,
    kind: "sign-up-existing",
    subject: "Someone tried to sign up with your email",
    text: `Someone — maybe you — tried to create an LBPfix account with this email address. You already have an account, so nothing changed.\n\nSign in: ${siteLink("/sign-in")}\nForgot your password? ${siteLink("/forgot-password")}\n\nIf it wasn’t you, you can ignore this email.${signature}`,
  };
}

export function passwordResetEmail({
  to,
  token,
  minutes,
}: {
  to: string;
  token: string;
  minutes: number;
}): OutboxMessage {
  return {
    to,
    kind: "password-reset",
    subject: "Reset your LBPfix password",
    text: `Use this link to choose a new password. It works once, for the next ${minutes} minutes:\n\n${siteLink(`/reset-password?token=${encodeURIComponent(token)}`)}\n\nIf you didn’t ask for this, ignore this email: your password stays the same.${signature}`,
  };
}

export function passwordChangedEmail({ to }: { to: string }): OutboxMessage {
  return {
    to,
    kind: "password-changed",
    subject: "Your LBPfix password was changed",
    text: `Your LBPfix password was just changed, and every device that was signed in has been signed out.\n\nIf this wasn’t you, reset your password now: ${siteLink("/forgot-password")}${signature}`,
  };
}

// The confirmation and the "address taken" notice share a kind and subject:
// both are stored under the member who asked, and their data export must
// not tell the two apart (F5). Only the body, which the export leaves out,
// differs.
const EMAIL_CHANGE_TARGET = {
  kind: "email-change-target",
  subject: "Using this address for an LBPfix account",
} as const;

export function emailChangeConfirmEmail({
  to,
  token,
  hours,
}: {
  to: string;
  token: string;
  hours: number;
}): OutboxMessage {
  return {
    to,
    kind: EMAIL_CHANGE_TARGET.kind,
    subject: EMAIL_CHANGE_TARGET.subject,
    text: `Confirm that you want to use this address for your LBPfix account. The link works once, for the next ${hours} hours, while you are signed in:\n\n${siteLink(`/account/confirm-email?token=${encodeURIComponent(token)}`)}\n\nIf you didn’t ask for this, ignore this email.${signature}`,
  };
}

export function emailChangeRequestedEmail({
  to,
  newEmail,
}: {
  to: string;
  newEmail: string;
}): OutboxMessage {
  return {
    to,
    kind: "email-change-requested",
    subject: "Your LBPfix email is about to change",
    text: `Someone signed in to your LBPfix account asked to change its email to ${newEmail}. Nothing changes until that address confirms.\n\nIf this wasn’t you, reset your password now: ${siteLink("/forgot-password")}${signature}`,
  };
}

export function emailTakenEmail({ to }: { to: string }): OutboxMessage {
  return {
    to,
    kind: EMAIL_CHANGE_TARGET.kind,
    subject: EMAIL_CHANGE_TARGET.subject,
    text: `Someone asked to change another LBPfix account’s email to this address. This address already has an account, so nothing changed.\n\nIf this was you, sign in to your existing account instead: ${siteLink("/sign-in")}${signature}`,
  };
}

export function emailChangedEmail({
  to,
  newEmail,
}: {
  to: string;
  newEmail: string;
}): OutboxMessage {
  return {
    to,
    kind: "email-changed",
    subject: "Your LBPfix email was changed",
    text: `Your LBPfix account now uses ${newEmail}. This address will no longer receive its emails.\n\nIf this wasn’t you, tell us at once using the contact details at ${siteLink("/privacy")}.${signature}`,
  };
}
