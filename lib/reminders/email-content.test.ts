import { describe, expect, it } from "vitest";
import { reminderEmailContent } from "./email-content";
import { REMINDER_KINDS } from "./plan";

const links = {
  action: "https://lbpfix.example/program/session",
  settings: "https://lbpfix.example/settings/reminders",
  unsubscribe: "https://lbpfix.example/unsubscribe/abc.def",
};

describe("reminder emails", () => {
  it("keep health words out of every subject line", () => {
    for (const kind of REMINDER_KINDS) {
      const { subject } = reminderEmailContent(kind, links);
      expect(subject).toMatch(/LBPfix/);
      expect(subject).not.toMatch(/pain|back|spine|health|symptom|exercise|journal|flare/i);
    }
  });

  it("carry the action, the plan and the unsubscribe link in both parts", () => {
    const email = reminderEmailContent("session_nudge", links);
    for (const part of [email.text, email.html]) {
      expect(part).toContain(links.action);
      expect(part).toContain(links.settings);
      expect(part).toContain(links.unsubscribe);
    }
    expect(email.html).toContain('<a href="https://lbpfix.example/unsubscribe/abc.def">');
  });

  it("put the digest's figures, insight and focus in the weekly summary", () => {
    const email = reminderEmailContent("weekly_digest", links, {
      done: 2,
      planned: 3,
      insight: {
        text: "Your average pain this week was 3 out of 10, from the 4 days you logged.",
        days: 4,
      },
      focus: "Next week: 3 sessions planned, on Monday, Wednesday and Friday.",
    });
    expect(email.text).toContain("This week: 2 of 3 planned sessions done.");
    expect(email.text).toContain("from the 4 days you logged");
    expect(email.html).toContain("Next week: 3 sessions planned");
  });

  it("escape what goes into the HTML", () => {
    const email = reminderEmailContent("journal_nudge", {
      ...links,
      action: 'https://x.test/"><script>',
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&quot;&gt;&lt;script&gt;");
  });
});
