import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import {
  emailOutbox,
  exerciseSessions,
  programEnrollments,
  reminderMessages,
  reminderPlans,
  users,
} from "@/db/schema";
import { deleteAccount } from "@/db/queries/account";
import { getReminderSettings, listReminders } from "@/db/queries/reminders";
import { idleState } from "@/lib/action-state";
import { createUser } from "./factories";
import { session as signedIn } from "./support/session";

// Reminders (docs/product.md §10) on whichever driver DATABASE_URL selects: the plan form's
// action, the planner's claims, the unsubscribe route and the calendar feed.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { saveReminderPlanAction, newCalendarFeedAction } = await import("@/actions/reminders");
const { planReminders } = await import("@/server/reminders/planner");
const { unsubscribeLink } = await import("@/server/reminders/reminder-email");
const { POST: oneClick } = await import("@/app/(site)/unsubscribe/[token]/one-click/route");
const { GET: feed } = await import("@/app/calendar/[file]/route");
const { GET: remindersCsv } = await import("@/app/(member)/account/export/reminders.csv/route");

// Wednesday 2 December 2026, 19:30 UTC: after a 17:00–19:00 window, before the 20:00 journal nudge.
const NOW = new Date("2026-12-02T19:30:00Z");

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields))
    for (const value of Array.isArray(v) ? v : [v]) data.append(k, value);
  return data;
}

const plan = {
  enabled: "on",
  sessionDays: ["1", "3", "5"],
  windowStart: "17:00",
  windowEnd: "19:00",
  timeZone: "UTC",
  quietStart: "22:00",
  quietEnd: "07:00",
  session: "on",
  journal: "on",
  digest: "on",
  milestone: "on",
};

async function memberWithPlan(fields: Partial<typeof plan> = {}) {
  const user = await createUser();
  signedIn.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  const state = await saveReminderPlanAction(idleState, form({ ...plan, ...fields }));
  expect(state.status).toBe("success");
  return user;
}

async function messagesOf(userId: string) {
  const db = await getDb();
  return db
    .select({
      kind: reminderMessages.kind,
      day: reminderMessages.localDay,
      outboxId: reminderMessages.outboxId,
    })
    .from(reminderMessages)
    .where(eq(reminderMessages.userId, userId));
}

beforeEach(() => {
  signedIn.user = null;
});

describe("the reminder plan form", () => {
  it("saves the plan for the signed-in member and keeps what was typed when it is wrong", async () => {
    const user = await memberWithPlan({ timeZone: "Europe/London" });
    const settings = await getReminderSettings({ userId: user.id });
    expect(settings.saved).toBe(true);
    expect(settings.plan).toMatchObject({
      enabled: true,
      sessionDays: [1, 3, 5],
      timeZone: "Europe/London",
    });

    const bad = await saveReminderPlanAction(idleState, form({ ...plan, windowEnd: "16:00" }));
    expect(bad.status).toBe("error");
    expect(bad.fieldErrors?.windowEnd).toBeDefined();
    expect(bad.values?.windowEnd).toBe("16:00");
    expect((await getReminderSettings({ userId: user.id })).plan.windowEnd).toBe(19 * 60);
  });
});

describe("the planner", () => {
  it("claims each due reminder once, even with two planners at the same instant", async () => {
    const due = await memberWithPlan();
    const [a, b] = await Promise.all([planReminders({ now: NOW }), planReminders({ now: NOW })]);
    const db = await getDb();
    const rows = await db.select({ id: reminderMessages.id }).from(reminderMessages);
    // Whatever else was due (members of earlier tests), each went to exactly one planner.
    expect(a.claimed + b.claimed).toBe(rows.length);
    const mine = await messagesOf(due.id);
    expect(mine.map((m) => [m.kind, m.day])).toEqual([["session_nudge", "2026-12-02"]]);
    expect(mine[0]?.outboxId).toBeTruthy();
    expect((await planReminders({ now: NOW })).claimed).toBe(0);
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.userId, due.id));
    expect(email).toMatchObject({ toAddress: due.email, kind: "reminder:session_nudge" });
    expect(email?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(email?.htmlBody).toContain("Unsubscribe from reminders");
    expect(await listReminders({ userId: due.id, order: "newest" })).toMatchObject([
      { kind: "session_nudge", state: "waiting" },
    ]);

    // The member's CSV export lists it; a guest gets 401; another member sees only a header.
    signedIn.user = { id: due.id, name: "", email: due.email, role: "member" };
    const mineCsv = await remindersCsv();
    expect(mineCsv.headers.get("content-disposition")).toMatch(/lbpfix-reminders-[\d-]+\.csv/);
    const lines = (await mineCsv.text()).split("\r\n");
    expect(lines[1]).toMatch(/^2026-12-02,session_nudge,Session reminder,[\dT:.Z-]+,waiting,$/);
    expect(lines).toHaveLength(3);
    const other = await createUser();
    signedIn.user = { id: other.id, name: "", email: other.email, role: "member" };
    expect((await (await remindersCsv()).text()).split("\r\n")).toHaveLength(2);
    signedIn.user = null;
    expect((await remindersCsv()).status).toBe(401);
  });

  it("a Sunday summary counts each member's own sessions this week", async () => {
    const db = await getDb();
    const withSessions = async (days: string[]) => {
      const member = await memberWithPlan();
      const [enrollment] = await db
        .insert(programEnrollments)
        .values({ userId: member.id, planType: "flexion", phaseStartedOn: "2026-11-01" })
        .returning({ id: programEnrollments.id });
      await db.insert(exerciseSessions).values(
        days.map((performedOn) => ({
          userId: member.id,
          enrollmentId: enrollment!.id,
          performedOn,
          phase: 1,
          exerciseIds: ["walk"],
          effort: 4,
          painBefore: 4,
          painAfter: 3,
        })),
      );
      return member;
    };
    const two = await withSessions(["2026-11-30", "2026-12-02", "2026-11-27"]);
    const one = await withSessions(["2026-12-04"]);
    // Sunday 6 December, 18:30 UTC: the summary is due from 18:00.
    await planReminders({ now: new Date("2026-12-06T18:30:00Z") });
    const digestOf = async (userId: string) =>
      (
        await db
          .select({ text: emailOutbox.textBody })
          .from(emailOutbox)
          .where(
            sql`${emailOutbox.userId} = ${userId} and ${emailOutbox.kind} = 'reminder:weekly_digest'`,
          )
      ).map((e) => e.text);
    // The session on Friday 27 November was last week's.
    expect((await digestOf(two.id))[0]).toContain("This week: 2 of 3 planned sessions done.");
    expect((await digestOf(one.id))[0]).toContain("This week: 1 of 3 planned sessions done.");
  });

  it("reads the day in the member's own zone", async () => {
    // 19:30 UTC is 11:30 in Los Angeles: the window has not closed there yet.
    const la = await memberWithPlan({ timeZone: "America/Los_Angeles" });
    // 19:30 UTC is 08:30 the next morning (Thursday) in Auckland: not a planned day.
    const nz = await memberWithPlan({ timeZone: "Pacific/Auckland" });
    await planReminders({ now: NOW });
    expect(await messagesOf(la.id)).toEqual([]);
    expect(await messagesOf(nz.id)).toEqual([]);
  });

  it("sends nothing after unsubscribe or deletion, or when reminders are off", async () => {
    const unsubscribed = await memberWithPlan();
    const deleted = await memberWithPlan();
    const { enabled: _on, ...offPlan } = plan;
    const off = await memberWithPlan();
    signedIn.user = { id: off.id, name: "", email: off.email, role: "member" };
    await saveReminderPlanAction(idleState, form(offPlan));
    const response = await oneClick(
      new Request(unsubscribeLink(unsubscribed.id) + "/one-click", {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      { params: Promise.resolve({ token: unsubscribeLink(unsubscribed.id).split("/").at(-1)! }) },
    );
    expect(response.status).toBe(200);
    await deleteAccount({ userId: deleted.id });
    await planReminders({ now: NOW });
    for (const m of [unsubscribed, deleted, off]) expect(await messagesOf(m.id)).toEqual([]);
  });
});

describe("unsubscribe", () => {
  async function post(token: string, body = "List-Unsubscribe=One-Click") {
    return oneClick(
      new Request(`http://localhost/unsubscribe/${token}/one-click`, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      { params: Promise.resolve({ token }) },
    );
  }

  it("works without a session, is idempotent, and refuses a forged token", async () => {
    const member = await memberWithPlan();
    signedIn.user = null;
    const token = unsubscribeLink(member.id).split("/").at(-1)!;
    expect((await post(token)).status).toBe(200);
    const first = (await getReminderSettings({ userId: member.id })).unsubscribedAt;
    expect(first).toBeInstanceOf(Date);
    expect((await post(token)).status).toBe(200);
    expect((await getReminderSettings({ userId: member.id })).unsubscribedAt).toEqual(first);
    expect((await getReminderSettings({ userId: member.id })).plan.enabled).toBe(false);

    const forged = `${token.split(".")[0]}.AAAA`;
    expect((await post(forged)).status).toBe(404);
    const fromPage = await post(token, "from=page");
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get("location")).toBe(`/unsubscribe/${token}`);
  });

  it("is undone when the member switches reminders back on", async () => {
    const member = await memberWithPlan();
    await post(unsubscribeLink(member.id).split("/").at(-1)!);
    signedIn.user = { id: member.id, name: "", email: member.email, role: "member" };
    await saveReminderPlanAction(idleState, form(plan));
    expect((await getReminderSettings({ userId: member.id })).unsubscribedAt).toBeNull();
  });
});

describe("calendar feed", () => {
  it("serves the planned days at a private URL that a new link revokes", async () => {
    const member = await memberWithPlan();
    const first = await newCalendarFeedAction(idleState, new FormData());
    const url = first.values?.feedUrl ?? "";
    const file = url.split("/").at(-1)!;
    const get = (name: string) =>
      feed(new Request(`http://localhost/calendar/${name}`), {
        params: Promise.resolve({ file: name }),
      });
    const response = await get(file);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    expect(await response.text()).toContain("SUMMARY:LBPfix session");

    const second = await newCalendarFeedAction(idleState, new FormData());
    const newFile = second.values?.feedUrl?.split("/").at(-1) ?? "";
    expect((await get(file)).status).toBe(404);
    expect((await get(newFile)).status).toBe(200);
    expect((await get("not-a-token.ics")).status).toBe(404);
    const db = await getDb();
    const [row] = await db.select().from(reminderPlans).where(eq(reminderPlans.userId, member.id));
    expect(row?.calendarTokenHash).not.toContain(newFile.replace(".ics", ""));
  });
});

describe("account data", () => {
  it("deletion removes the plan and the reminder log", async () => {
    const member = await memberWithPlan();
    await planReminders({ now: NOW });
    await deleteAccount({ userId: member.id });
    const db = await getDb();
    const left = await db.execute(
      sql`select (select count(*) from reminder_plans where user_id = ${member.id})::int as plans,
        (select count(*) from reminder_messages where user_id = ${member.id})::int as messages`,
    );
    expect(left.rows[0]).toEqual({ plans: 0, messages: 0 });
    expect(await db.select().from(users).where(eq(users.id, member.id))).toEqual([]);
  });
});
