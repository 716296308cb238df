import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { emailOutbox } from "@/db/schema";
import {
  CLAIM_MINUTES,
  deliverPending,
  enqueueEmail,
  MAX_DELIVERY_ATTEMPTS,
} from "@/db/queries/outbox";
import { registerUser } from "@/db/queries/users";
import { formatForConsole } from "@/server/email/console-mail";
import { sendEmail } from "@/server/email/transport";

const message = (to: string, kind = "test") => ({
  to,
  subject: `Hello ${to}`,
  text: `Visit http://127.0.0.1/x for ${to}`,
  kind,
});

async function row(to: string) {
  const db = await getDb();
  const [r] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to));
  return r;
}

afterEach(() => vi.restoreAllMocks());

describe("the email outbox", () => {
  it("is written in the same transaction as the change: a rolled-back change queues nothing", async () => {
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, { userId: null, message: message("rolled-back@example.test") });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await row("rolled-back@example.test")).toBeUndefined();

    await expect(
      registerUser({
        name: "x".repeat(101), // violates users_name_length: the insert fails…
        email: "too-long-name@example.test",
        passwordHash: "h",
        welcome: (to) => message(to, "welcome"),
        alreadyRegistered: (to) => message(to),
      }),
    ).rejects.toThrow();
    expect(await row("too-long-name@example.test")).toBeUndefined(); // …and so does its email
  });

  it("delivers each pending email once and marks it sent", async () => {
    const db = await getDb();
    await enqueueEmail(db, { userId: null, message: message("once@example.test") });
    const sent: string[] = [];
    const send = (e: { to: string }) => {
      sent.push(e.to);
      return Promise.resolve();
    };
    await deliverPending(send);
    await deliverPending(send);
    expect(sent.filter((to) => to === "once@example.test")).toHaveLength(1);
    expect((await row("once@example.test"))?.sentAt).toBeInstanceOf(Date);
  });

  it("lets two deliveries running at once send each email once", async () => {
    const db = await getDb();
    const batch = ["pair-1", "pair-2", "pair-3", "pair-4"].map((n) => `${n}@example.test`);
    for (const to of batch) await enqueueEmail(db, { userId: null, message: message(to) });
    const sent: string[] = [];
    const slowSend = async (e: { to: string }) => {
      sent.push(e.to);
      await new Promise((r) => setTimeout(r, 20)); // the other delivery runs meanwhile
    };
    await Promise.all([deliverPending(slowSend), deliverPending(slowSend)]);
    expect(sent.filter((to) => batch.includes(to)).sort()).toEqual(batch);
  });

  it("sends an email whose sender died mid-send once its claim has expired, not before", async () => {
    const db = await getDb();
    for (const to of ["died@example.test", "busy@example.test"])
      await enqueueEmail(db, { userId: null, message: message(to) });
    const claimedAgo = (minutes: number) => sql`now() - make_interval(mins => ${minutes})`;
    await db
      .update(emailOutbox)
      .set({ claimedAt: claimedAgo(CLAIM_MINUTES + 1), attempts: 1 })
      .where(eq(emailOutbox.toAddress, "died@example.test"));
    await db
      .update(emailOutbox)
      .set({ claimedAt: claimedAgo(1), attempts: 1 })
      .where(eq(emailOutbox.toAddress, "busy@example.test"));
    const sent: string[] = [];
    await deliverPending((e) => {
      sent.push(e.to);
      return Promise.resolve();
    });
    expect(sent).toContain("died@example.test");
    expect(sent).not.toContain("busy@example.test");
    expect(await row("died@example.test")).toMatchObject({ attempts: 2 });
  });

  it("keeps a failed email for another try, with the error, up to a limit", async () => {
    const db = await getDb();
    await enqueueEmail(db, { userId: null, message: message("flaky@example.test") });
    const failing = () => Promise.reject(new Error("SMTP said no"));
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS + 2; i++) await deliverPending(failing);
    const r = await row("flaky@example.test");
    expect(r).toMatchObject({
      sentAt: null,
      attempts: MAX_DELIVERY_ATTEMPTS,
      lastError: "SMTP said no",
    });
  });

  it("without SMTP_URL prints the message, link included, to the console", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await sendEmail({ id: "1", html: null, headers: null, ...message("console@example.test") });
    expect(log).toHaveBeenCalledWith(formatForConsole(message("console@example.test")));
    expect(formatForConsole(message("a@example.test"))).toBe(
      '[email] to=a@example.test subject="Hello a@example.test"\nVisit http://127.0.0.1/x for a@example.test\n[email end]',
    );
  });
});
