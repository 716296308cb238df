import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { visitPackNotes } from "@/db/schema";
import { getVisitPackNotesForCsv } from "@/db/queries/account";
import { getSavedVisitPack } from "@/db/queries/visit-pack";
import { seedDemoMember } from "@/db/seed";
import { visitPackNotesToCsv } from "@/lib/account/visit-pack-csv";
import { idleState } from "@/lib/action-state";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { VISIT_PACK_SECTION_IDS } from "@/lib/progress/visit-pack-options";
import { loadVisitPack } from "@/server/member/load-visit-pack";
import { createUser } from "./factories";
import { session as signedIn } from "./support/session";

// The visit pack's saved notes (docs/product.md §9) as members reach them: through the action,
// keyed by the session's member only, one row each; and the pack loader, scoped by its userId.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { saveVisitPackNotesAction } = await import("@/actions/visit-pack");

const today = isoDateOf(new Date());

/** The notes form as the page sends it: all three answers (blank unless given), plus `fields`. */
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  const all: Record<string, string | string[]> = {
    whatChanged: "",
    mainConcern: "",
    questions: "",
    ...fields,
  };
  for (const [k, v] of Object.entries(all))
    for (const value of Array.isArray(v) ? v : [v]) data.append(k, value);
  return data;
}

async function member() {
  const user = await createUser();
  return { id: user.id, name: user.name ?? "", email: user.email, role: "member" as const };
}

async function rowsOf(userId: string) {
  const db = await getDb();
  return db.select().from(visitPackNotes).where(eq(visitPackNotes.userId, userId));
}

describe("saving the pack's notes", () => {
  let me: Awaited<ReturnType<typeof member>>;
  let other: Awaited<ReturnType<typeof member>>;
  beforeEach(async () => {
    me = await member();
    other = await member();
    signedIn.user = me;
  });

  it("creates the member's one row, and a second save edits it instead of adding one", async () => {
    const first = await saveVisitPackNotesAction(
      idleState,
      form({ mainConcern: "  Long drives  ", set: "1", range: "30", section: ["quiz", "notes"] }),
    );
    expect(first.status).toBe("success");
    expect(await rowsOf(me.id)).toMatchObject([
      {
        mainConcern: "Long drives",
        whatChanged: null,
        questions: null,
        rangeDays: 30,
        rangeFrom: addDays(today, -29),
        rangeTo: today,
        sections: ["quiz", "notes"],
      },
    ]);

    await saveVisitPackNotesAction(
      idleState,
      form({
        mainConcern: "",
        questions: "Can I run?",
        set: "1",
        range: "custom",
        from: "2026-01-01",
        to: "2026-02-01",
        section: "trend",
      }),
    );
    const rows = await rowsOf(me.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      mainConcern: null,
      questions: "Can I run?",
      rangeDays: null,
      rangeFrom: "2026-01-01",
      rangeTo: "2026-02-01",
      sections: ["trend"],
    });
  });

  it("never writes another member's row, whatever the form says", async () => {
    signedIn.user = other;
    await saveVisitPackNotesAction(idleState, form({ mainConcern: "Theirs" }));
    signedIn.user = me;
    await saveVisitPackNotesAction(
      idleState,
      form({ mainConcern: "Mine", userId: other.id, user_id: other.id }),
    );
    expect((await rowsOf(other.id))[0]?.mainConcern).toBe("Theirs");
    expect((await rowsOf(me.id))[0]?.mainConcern).toBe("Mine");
  });

  it("refuses a too-long answer, an unstorable one or a post without the form's fields, writing nothing", async () => {
    const long = await saveVisitPackNotesAction(
      idleState,
      form({ mainConcern: "x".repeat(501), questions: "kept" }),
    );
    expect(long.status).toBe("error");
    expect(long.fieldErrors?.mainConcern).toEqual([
      "Keep your main concern to 500 characters or fewer.",
    ]);
    expect(long.values?.questions).toBe("kept");
    const nul = await saveVisitPackNotesAction(idleState, form({ whatChanged: "a\u0000b" }));
    expect(nul.fieldErrors?.whatChanged?.[0]).toContain("hidden character");
    const empty = await saveVisitPackNotesAction(idleState, new FormData());
    expect(empty.status).toBe("error");
    expect(await rowsOf(me.id)).toEqual([]);
  });

  it("sends a guest to sign in, writing nothing", async () => {
    signedIn.user = null;
    await expect(
      saveVisitPackNotesAction(idleState, form({ mainConcern: "Who am I" })),
    ).rejects.toThrow();
    expect(await rowsOf(me.id)).toEqual([]);
  });
});

describe("reading the pack", () => {
  it("shows each member only their own notes", async () => {
    const me = await member();
    const other = await member();
    signedIn.user = other;
    await saveVisitPackNotesAction(idleState, form({ mainConcern: "Other's concern" }));
    signedIn.user = me;
    await saveVisitPackNotesAction(idleState, form({ mainConcern: "My concern" }));

    const options = { from: addDays(today, -29), to: today, sections: ["notes" as const] };
    const mine = await loadVisitPack(me.id, options);
    expect(mine.sections).toEqual([
      {
        id: "notes",
        notes: { mainConcern: "My concern", whatChanged: null, questions: null },
        savedOn: today,
      },
    ]);
    expect((await getSavedVisitPack({ userId: other.id })).notes.mainConcern).toBe(
      "Other's concern",
    );
    const stranger = await member();
    expect((await loadVisitPack(stranger.id, options)).sections[0]).toMatchObject({
      notes: { mainConcern: null, whatChanged: null, questions: null },
      savedOn: null,
    });
    expect(visitPackNotesToCsv(await getVisitPackNotesForCsv({ userId: me.id }))).toContain(
      "My concern",
    );
    expect(visitPackNotesToCsv(await getVisitPackNotesForCsv({ userId: stranger.id }))).toBe(
      "saved_at,main_concern,what_changed,questions,range_days,range_from,range_to,sections\r\n",
    );
  });

  it("builds every section from the demo member's six months, and only the sections asked for", async () => {
    const db = await getDb();
    const { userId } = await seedDemoMember(db, { today, passwordHash: "not-a-real-hash" });
    const all = await loadVisitPack(userId, {
      from: addDays(today, -179),
      to: today,
      sections: [...VISIT_PACK_SECTION_IDS],
    });
    expect(all.sections.map((s) => s.id)).toEqual(VISIT_PACK_SECTION_IDS);
    expect(all.memberName).toBe("Sam Demo");
    const byId = Object.fromEntries(all.sections.map((s) => [s.id, s]));
    expect(byId.quiz).toMatchObject({ quiz: { typeLabel: "Flexion intolerant" } });
    const trend = byId.trend?.id === "trend" ? byId.trend : null;
    expect(trend?.journal.days).toBeGreaterThan(100);
    expect(trend?.scores.length).toBeGreaterThan(10);
    const sessions = byId.sessions?.id === "sessions" ? byId.sessions : null;
    expect(sessions?.hasPlan).toBe(true);
    expect(sessions?.summary.done).toBeGreaterThan(20);
    expect(sessions?.summary.offeredDays).toBe(180);
    expect(byId.helpsHurts).toMatchObject({ table: { status: "ok" } });

    const two = await loadVisitPack(userId, {
      from: addDays(today, -89),
      to: today,
      sections: ["quiz", "notes"],
    });
    expect(two.sections.map((s) => s.id)).toEqual(["quiz", "notes"]);
    expect(two.days).toBe(90);
  });
});
