import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getReminderSettings } from "@/db/queries/reminders";
import { env } from "@/lib/env";
import { idleState } from "@/lib/action-state";
import { createUser } from "./factories";
import { session as signedIn } from "./support/session";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";

// A reminder delivered over real SMTP to an in-process server (smtp-server), on either driver:
// what arrives has both parts, the RFC 8058 headers, a subject with nothing about health, and
// an unsubscribe link that works without signing in.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { saveReminderPlanAction } = await import("@/actions/reminders");
const { planReminders } = await import("@/server/reminders/planner");
const { drainOutbox } = await import("@/server/email/deliver");
const { POST: oneClick } = await import("@/app/(site)/unsubscribe/[token]/one-click/route");

let sink: SmtpSink;
const originalSmtp = env.SMTP_URL;

beforeAll(async () => {
  sink = await startSmtpSink(2526);
  env.SMTP_URL = sink.url;
});
afterAll(async () => {
  env.SMTP_URL = originalSmtp;
  await sink.close();
});

describe("a reminder email as it arrives", () => {
  it("has both parts, one-click unsubscribe headers, a plain subject and a working link", async () => {
    const member = await createUser();
    signedIn.user = { id: member.id, name: "", email: member.email, role: "member" };
    const data = new FormData();
    for (const [k, v] of Object.entries({
      enabled: "on",
      sessionDays: "3",
      windowStart: "17:00",
      windowEnd: "19:00",
      timeZone: "Europe/London",
      quietStart: "22:00",
      quietEnd: "07:00",
      session: "on",
    }))
      data.append(k, v);
    expect((await saveReminderPlanAction(idleState, data)).status).toBe("success");
    signedIn.user = null;

    await planReminders({ now: new Date("2026-12-02T19:30:00Z") });
    expect(await drainOutbox()).toBe(1);
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;

    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe(member.email);
    expect(mail.subject).toBe("Your LBPfix plan for today");
    expect(mail.text).toContain("no session is logged yet");
    expect(mail.html || "").toContain("<a href=");
    // As sent, unfolded (mailparser turns List-* headers into an object).
    const raw = (key: string) =>
      (mail.headerLines.find((h) => h.key === key)?.line ?? "")
        .replace(/\r?\n\s+/g, "")
        .replace(/^[^:]+:\s*/, "");
    const header = raw("list-unsubscribe");
    expect(header).toMatch(
      /^<https?:\/\/[^>]+\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\/one-click>$/,
    );
    expect(raw("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.messageId).toMatch(/^<[0-9a-f-]+@/);

    // The visible link in the text part and the header name the same token.
    const visible = /\/unsubscribe\/([A-Za-z0-9_.-]+)/.exec(mail.text ?? "")?.[1] ?? "";
    expect(header).toContain(`/unsubscribe/${visible}/one-click`);
    const response = await oneClick(
      new Request(header.slice(1, -1), {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      { params: Promise.resolve({ token: visible }) },
    );
    expect(response.status).toBe(200);
    expect((await getReminderSettings({ userId: member.id })).unsubscribedAt).toBeInstanceOf(Date);
  });
});
