import "server-only";
import type { OutboxMessage } from "@/db/queries/outbox";
import { env } from "@/lib/env";
import type { WeeklyDigest } from "@/lib/reminders/digest";
import { reminderEmailContent } from "@/lib/reminders/email-content";
import type { ReminderKind } from "@/lib/reminders/plan";
import { unsubscribeToken } from "@/lib/reminders/unsubscribe-token";
import { siteLink } from "@/server/email/messages";

const ACTION_PATH: Record<ReminderKind, string> = {
  session_nudge: "/program/session",
  session_follow_up: "/program/session",
  journal_nudge: "/journal",
  weekly_digest: "/settings/reminders",
  milestone: "/program",
};

/** The unsubscribe page for a member: the visible link, and (POST) the one-click target. */
export function unsubscribeLink(userId: string): string {
  return siteLink(`/unsubscribe/${unsubscribeToken(userId, env.AUTH_SECRET)}`);
}

/**
 * A reminder as an outbox message: plain text and HTML, with RFC 8058 one-click unsubscribe
 * headers (List-Unsubscribe-Post tells the mail client it may POST to the link without asking
 * the member to confirm on a page).
 */
export function reminderEmail({
  to,
  userId,
  kind,
  digest = null,
}: {
  to: string;
  userId: string;
  kind: ReminderKind;
  digest?: WeeklyDigest | null;
}): OutboxMessage {
  const unsubscribe = unsubscribeLink(userId);
  const content = reminderEmailContent(
    kind,
    { action: siteLink(ACTION_PATH[kind]), settings: siteLink("/settings/reminders"), unsubscribe },
    digest,
  );
  return {
    to,
    kind: `reminder:${kind}`,
    subject: content.subject,
    text: content.text,
    html: content.html,
    headers: {
      "List-Unsubscribe": `<${unsubscribe}/one-click>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
