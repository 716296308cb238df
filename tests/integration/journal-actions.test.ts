import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { journalEntries } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { createUser } from "./factories";
import { session as signedIn, signedInUser } from "./support/session";

// Server actions run here without a request: the session is whichever member the test signs
// in as, and cache revalidation is a no-op.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { saveJournalEntryAction, deleteJournalEntryAction } = await import("@/actions/journal");

const today = isoDateOf(new Date());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

async function signInAsNewMember() {
  const user = await createUser();
  signedIn.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  return user;
}

async function entriesOf(userId: string) {
  const db = await getDb();
  return db
    .select()
    .from(journalEntries)
    .where(eq(journalEntries.userId, userId))
    .orderBy(journalEntries.entryDate);
}

describe("journal actions", () => {
  beforeEach(async () => {
    await signInAsNewMember();
  });

  it("saving the same day twice edits that day's entry instead of adding a second", async () => {
    const first = await saveJournalEntryAction(
      idleState,
      form({ date: today, pain: "4", worstPain: "6", notes: "Stiff morning" }),
    );
    expect(first.status).toBe("success");
    const second = await saveJournalEntryAction(
      idleState,
      form({ date: today, pain: "3", worstPain: "5", sleepHours: "7.5" }),
    );
    expect(second.status).toBe("success");
    expect(second.message).toContain("Updated");
    const rows = await entriesOf(signedInUser().id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entryDate: today,
      pain: 3,
      worstPain: 5,
      sleepHours: 7.5,
      notes: null,
    });
  });

  it("stores activities with their responses from the form's flat fields", async () => {
    await saveJournalEntryAction(
      idleState,
      form({
        date: today,
        pain: "2",
        worstPain: "3",
        "activities.0.name": "Walking",
        "activities.0.response": "better",
        "activities.1.name": "",
        "activities.1.response": "",
      }),
    );
    const [row] = await entriesOf(signedInUser().id);
    expect(row?.activities).toEqual([{ name: "Walking", response: "better" }]);
  });

  it("invalid values come back with every field error and everything that was typed", async () => {
    const state = await saveJournalEntryAction(
      idleState,
      form({
        date: today,
        pain: "11",
        worstPain: "5",
        sleepHours: "30",
        stress: "4",
        notes: "Long drive",
      }),
    );
    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["pain", "sleepHours"]);
    expect(state.values).toMatchObject({
      pain: "11",
      sleepHours: "30",
      stress: "4",
      notes: "Long drive",
    });
    expect(await entriesOf(signedInUser().id)).toHaveLength(0);
  });

  it("editing an entry onto a day already logged is refused with a date error", async () => {
    const yesterday = addDays(today, -1);
    await saveJournalEntryAction(idleState, form({ date: yesterday, pain: "4", worstPain: "4" }));
    await saveJournalEntryAction(idleState, form({ date: today, pain: "2", worstPain: "2" }));
    const todays = (await entriesOf(signedInUser().id)).find((r) => r.entryDate === today);
    const state = await saveJournalEntryAction(
      idleState,
      form({ id: todays!.id, date: yesterday, pain: "2", worstPain: "2" }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.date?.[0]).toContain("already have an entry");
    expect(await entriesOf(signedInUser().id)).toHaveLength(2);
  });

  it("another member's entry id can't be edited: not found, nothing changed", async () => {
    const owner = signedInUser();
    await saveJournalEntryAction(
      idleState,
      form({ date: today, pain: "6", worstPain: "7", notes: "mine" }),
    );
    const [theirs] = await entriesOf(owner.id);

    await signInAsNewMember();
    const state = await saveJournalEntryAction(
      idleState,
      form({ id: theirs!.id, date: today, pain: "0", worstPain: "0", notes: "hijacked" }),
    );
    expect(state).toMatchObject({ status: "error", message: "That entry was not found." });
    expect(await entriesOf(owner.id)).toEqual([theirs]);
    expect(await entriesOf(signedInUser().id)).toHaveLength(0);
  });

  it("another member's entry id can't be deleted: not found, nothing changed", async () => {
    const owner = signedInUser();
    await saveJournalEntryAction(idleState, form({ date: today, pain: "6", worstPain: "7" }));
    const [theirs] = await entriesOf(owner.id);

    await signInAsNewMember();
    const state = await deleteJournalEntryAction(idleState, form({ id: theirs!.id }));
    expect(state).toMatchObject({ status: "error", message: "That entry was not found." });
    expect(await entriesOf(owner.id)).toEqual([theirs]);
  });

  it("a malformed id is simply not found", async () => {
    expect(await deleteJournalEntryAction(idleState, form({ id: "1 or 1=1" }))).toMatchObject({
      status: "error",
    });
    const state = await saveJournalEntryAction(
      idleState,
      form({ id: "nope", date: today, pain: "1", worstPain: "1" }),
    );
    expect(state).toMatchObject({ status: "error", message: "That entry was not found." });
  });

  it("members delete their own entries", async () => {
    await saveJournalEntryAction(idleState, form({ date: today, pain: "6", worstPain: "7" }));
    const [mine] = await entriesOf(signedInUser().id);
    expect(await deleteJournalEntryAction(idleState, form({ id: mine!.id }))).toMatchObject({
      status: "success",
    });
    const db = await getDb();
    expect(
      await db
        .select()
        .from(journalEntries)
        .where(and(eq(journalEntries.id, mine!.id))),
    ).toHaveLength(0);
  });
});
