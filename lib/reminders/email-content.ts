import type { WeeklyDigest } from "./digest";
import type { ReminderKind } from "./plan";

// The words of each reminder email (docs/product.md §10), as plain text and HTML. Pure: links
// arrive ready-made. Subject lines say nothing about health: they show on lock screens and in
// shared inboxes. Bodies encourage, never scold.

export type ReminderLinks = {
  /** Where the message's one action goes (a session, the journal, the program). */
  action: string;
  settings: string;
  unsubscribe: string;
};

export type ReminderEmailContent = { subject: string; text: string; html: string };

type Content = { subject: string; paragraphs: string[]; actionLabel: string };

const SUBJECTS: Record<ReminderKind, string> = {
  session_nudge: "Your LBPfix plan for today",
  session_follow_up: "A gentle nudge from LBPfix",
  journal_nudge: "A quick check-in from LBPfix",
  weekly_digest: "Your LBPfix week",
  milestone: "A milestone from LBPfix",
};

function contentOf(kind: ReminderKind, digest: WeeklyDigest | null): Content {
  const subject = SUBJECTS[kind];
  switch (kind) {
    case "session_nudge":
      return {
        subject,
        paragraphs: [
          "Today is one of your planned session days, and no session is logged yet.",
          "A short session still counts. Move in ways that feel manageable today.",
        ],
        actionLabel: "Start today's session",
      };
    case "session_follow_up":
      return {
        subject,
        paragraphs: [
          "There is still time for today's session if you want it. Even a few minutes of gentle movement helps.",
          "If today is not the day, that is fine: this is the last reminder for today.",
        ],
        actionLabel: "Start today's session",
      };
    case "journal_nudge":
      return {
        subject,
        paragraphs: [
          "Today's journal entry is still empty. A minute now helps you see what makes your days better.",
        ],
        actionLabel: "Write today's entry",
      };
    case "milestone":
      return {
        subject,
        paragraphs: [
          "You have done 6 sessions in the last 14 days. Regular movement like this is what builds strength and confidence over time.",
          "Keep going at a pace that suits you.",
        ],
        actionLabel: "See your program",
      };
    case "weekly_digest": {
      const d = digest ?? { done: 0, planned: 0, insight: null, focus: "" };
      return {
        subject,
        paragraphs: [
          `This week: ${d.done} of ${d.planned} planned session${d.planned === 1 ? "" : "s"} done.`,
          d.insight?.text ??
            "Log a few days in your journal this week and next week's summary will include an insight.",
          d.focus,
        ].filter(Boolean),
        actionLabel: "Change my plan",
      };
    }
  }
}

const FOOTER =
  "Educational only: not a diagnosis or a substitute for care from a health professional.";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export function reminderEmailContent(
  kind: ReminderKind,
  links: ReminderLinks,
  digest: WeeklyDigest | null = null,
): ReminderEmailContent {
  const c = contentOf(kind, digest);
  const text = [
    "Hello,",
    ...c.paragraphs,
    `${c.actionLabel}: ${links.action}`,
    `— LBPfix\n${FOOTER}`,
    `Change your reminder plan: ${links.settings}\nUnsubscribe from reminders: ${links.unsubscribe}`,
  ].join("\n\n");
  const p = (inner: string) => `<p style="margin:0 0 16px">${inner}</p>`;
  const a = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(c.subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933;max-width:560px;margin:0 auto;padding:24px">',
    p("Hello,"),
    ...c.paragraphs.map((x) => p(escapeHtml(x))),
    p(a(links.action, c.actionLabel)),
    p(`— LBPfix<br><small>${escapeHtml(FOOTER)}</small>`),
    `<p style="margin:0;font-size:13px;color:#52606d">${a(links.settings, "Change your reminder plan")} · ${a(links.unsubscribe, "Unsubscribe from reminders")}</p>`,
    "</body></html>",
  ].join("");
  return { subject: c.subject, text, html };
}
