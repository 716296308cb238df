import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { journalEntries } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { JOURNAL_LIMITS } from "@/lib/journal/validation";
import { createUser } from "./factories";
import {
  extraFields,
  field,
  formOf,
  hostileText,
  isExplainedError,
  nulText,
  outcomeOf,
  RUNS,
  snapshot,
  toFormData,
  type HostileFields,
} from "./support/hostile-arbitraries";
import { session as signedIn } from "./support/session";

// saveJournalEntryAction and deleteJournalEntryAction under hostile FormData: the answer is
// always an ActionState (never an exception, which a member sees as a 500); a
// rejected payload writes nothing; another member's rows never change.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { saveJournalEntryAction, deleteJournalEntryAction } = await import("@/actions/journal");

const today = isoDateOf(new Date());
let me = "";
let other = "";
let otherIds: string[] = [];

async function rowsOf(userId: string) {
  const db = await getDb();
  return db
    .select()
    .from(journalEntries)
    .where(eq(journalEntries.userId, userId))
    .orderBy(journalEntries.entryDate);
}

beforeAll(async () => {
  const them = await createUser();
  other = them.id;
  const db = await getDb();
  await db.insert(journalEntries).values(
    [1, 2, 3].map((d) => ({
      userId: other,
      entryDate: addDays(today, -d),
      pain: 5,
      worstPain: 6,
      notes: "theirs",
    })),
  );
  otherIds = (await rowsOf(other)).map((r) => r.id);
  const mine = await createUser();
  me = mine.id;
  signedIn.user = { id: mine.id, name: mine.name ?? "", email: mine.email, role: "member" };
  await db
    .insert(journalEntries)
    .values({ userId: me, entryDate: addDays(today, -1), pain: 2, worstPain: 3 });
});

const validDate = fc.integer({ min: 0, max: 30 }).map((d) => addDays(today, -d));
const ownOrForeignId = () =>
  fc.oneof(
    hostileText,
    fc.constantFrom(...otherIds),
    fc.constant(randomUUID()),
    fc.constant(randomUUID().toUpperCase()),
    fc.constant(`${otherIds[0] ?? ""}' or '1'='1`),
  );

const entryFields = {
  id: ownOrForeignId,
  date: () => fc.oneof(hostileText, validDate),
  pain: () => hostileText,
  worstPain: () => hostileText,
  sleepHours: () => hostileText,
  sleepQuality: () => hostileText,
  stress: () => hostileText,
  mood: () => hostileText,
  activeMinutes: () => hostileText,
  activities: () => hostileText,
  "activities.0.name": () => hostileText,
  "activities.0.response": () => fc.oneof(hostileText, fc.constantFrom("better", "same", "worse")),
  "activities.99999999999.name": () => hostileText,
  food: () => hostileText,
  notes: () => hostileText,
} satisfies Record<string, () => fc.Arbitrary<string>>;

/** A plausible entry with up to four of its fields replaced (or removed, or repeated), plus unknown fields. */
const hostileEntry = () =>
  fc
    .tuple(
      validDate,
      fc.array(
        fc
          .constantFrom(...(Object.keys(entryFields) as (keyof typeof entryFields)[]))
          .chain((key) => field(entryFields[key]()).map((values) => [key, values] as const)),
        // Zero overrides now and then: a plausible entry must also reach "success", or the
        // property would only ever see refusals.
        { minLength: 0, maxLength: 4 },
      ),
      extraFields,
    )
    .map(([date, overrides, extra]): HostileFields => ({
      date: [date],
      pain: ["3"],
      worstPain: ["5"],
      ...Object.fromEntries(overrides),
      ...extra,
    }));

describe("saveJournalEntryAction with hostile input", () => {
  it("answers with a state, writes nothing when it refuses, and never touches another member's entries", async () => {
    const theirsBefore = snapshot(await rowsOf(other));
    const seen = { success: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(hostileEntry(), async (fields) => {
        const before = await rowsOf(me);
        const outcome = await outcomeOf(() =>
          saveJournalEntryAction(idleState, toFormData(fields)),
        );
        const after = await rowsOf(me);

        expect(outcome.kind).toBe("state");
        if (outcome.kind !== "state") return;
        expect(["success", "error"]).toContain(outcome.status);
        seen[outcome.status === "error" ? "error" : "success"] += 1;
        if (outcome.status === "error") {
          expect(isExplainedError(outcome)).toBe(true);
          expect(snapshot(after)).toBe(snapshot(before));
        } else {
          expect(after.length - before.length).toBeGreaterThanOrEqual(0);
          expect(after.length - before.length).toBeLessThanOrEqual(1);
          for (const row of after) {
            expect(row.pain).toBeGreaterThanOrEqual(0);
            expect(row.worstPain).toBeLessThanOrEqual(10);
            expect(row.worstPain).toBeGreaterThanOrEqual(row.pain);
            expect((row.notes ?? "").length).toBeLessThanOrEqual(JOURNAL_LIMITS.notes.max);
            expect((row.food ?? "").length).toBeLessThanOrEqual(JOURNAL_LIMITS.food.max);
            expect(row.activities.length).toBeLessThanOrEqual(JOURNAL_LIMITS.activities.max);
            expect(row.entryDate <= addDays(today, 1)).toBe(true);
          }
        }
        expect(snapshot(await rowsOf(other))).toBe(theirsBefore);
      }),
      RUNS,
    );
    // The generator must reach both answers, or the property proves little.
    expect(seen.success).toBeGreaterThan(0);
    expect(seen.error).toBeGreaterThan(0);
  });

  it("another member's entry id, in any case or with SQL around it, is not found and changes nothing", async () => {
    const theirsBefore = snapshot(await rowsOf(other));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...otherIds),
        fc.constantFrom("lower", "upper", "padded"),
        async (id, shape) => {
          const before = snapshot(await rowsOf(me));
          const sent = shape === "upper" ? id.toUpperCase() : shape === "padded" ? ` ${id} ` : id;
          const state = await saveJournalEntryAction(
            idleState,
            formOf({ id: sent, date: today, pain: "0", worstPain: "0", notes: "hijack" }),
          );
          expect(state.status).toBe("error");
          expect(snapshot(await rowsOf(me))).toBe(before);
          expect(snapshot(await rowsOf(other))).toBe(theirsBefore);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe("deleteJournalEntryAction with hostile input", () => {
  it("deletes only the member's own entry; anything else is an error and nothing changes", async () => {
    const theirsBefore = snapshot(await rowsOf(other));
    await fc.assert(
      fc.asyncProperty(
        fc.record({ id: field(ownOrForeignId()) }, { requiredKeys: [] }),
        extraFields,
        async (fields, extra) => {
          const before = await rowsOf(me);
          const outcome = await outcomeOf(() =>
            deleteJournalEntryAction(idleState, toFormData(fields, extra)),
          );
          expect(outcome.kind).toBe("state");
          if (outcome.kind !== "state") return;
          // No generated id is one of the member's own, so nothing may be deleted.
          expect(outcome.status).toBe("error");
          expect(isExplainedError(outcome)).toBe(true);
          expect(snapshot(await rowsOf(me))).toBe(snapshot(before));
          expect(snapshot(await rowsOf(other))).toBe(theirsBefore);
        },
      ),
      RUNS,
    );
  });
});

// Postgres (and PGlite) refuse NUL in text and jsonb (and lone surrogates in jsonb): the
// insert would throw, a 500 for the member. Validation refuses them first as a field error
// (lib/validations/storable-text.ts); these found the bug and now guard the fix.
describe("NUL characters in journal text", () => {
  it("a NUL in notes, food or an activity name is a field error, not a 500, and nothing is saved", async () => {
    await fc.assert(
      fc.asyncProperty(
        nulText,
        fc.constantFrom("notes", "food", "activities.0.name"),
        async (text, key) => {
          const before = snapshot(await rowsOf(me));
          const fields: Record<string, string> = {
            date: today,
            pain: "2",
            worstPain: "4",
            [key]: text,
          };
          if (key === "activities.0.name") fields["activities.0.response"] = "same";
          const outcome = await outcomeOf(() => saveJournalEntryAction(idleState, formOf(fields)));
          expect(outcome).toMatchObject({ kind: "state", status: "error" });
          expect(snapshot(await rowsOf(me))).toBe(before);
        },
      ),
      { numRuns: 10, endOnFailure: true },
    );
  });
});

// The activities field also takes JSON, so plain ASCII can carry escapes that Postgres's jsonb
// refuses: "\u0000" and a lone surrogate "\ud800". A browser or script can send these; the
// insert throws today (a 500). Pinned like the NUL case above.
describe("JSON escapes in the activities field", () => {
  it("an activity name that decodes to NUL or a lone surrogate is a field error, not a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("\\u0000", "\\ud800", "walk\\udfff"), async (escaped) => {
        const before = snapshot(await rowsOf(me));
        const activities = `[{"name":"${escaped}","response":"same"}]`;
        const outcome = await outcomeOf(() =>
          saveJournalEntryAction(
            idleState,
            formOf({ date: today, pain: "2", worstPain: "4", activities }),
          ),
        );
        expect(outcome).toMatchObject({ kind: "state", status: "error" });
        expect(snapshot(await rowsOf(me))).toBe(before);
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
