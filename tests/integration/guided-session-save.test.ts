import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { getDoseLevels } from "@/db/queries/dose-levels";
import { logSession, startProgram } from "@/db/queries/program";
import { getSessionUser } from "@/db/queries/users";
import { assessments, exerciseDoseLevels, exerciseSessions } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import { adjustedDoseFor } from "@/lib/program/dose-adaptation";
import { exerciseById } from "@/lib/program/exercises";
import { LogSessionSchema, SESSION_MESSAGES } from "@/lib/validations/program";
import { loadDashboard } from "@/server/member/load-dashboard";
import { loadProgram } from "@/server/member/load-program";
import { createUser } from "./factories";
import { session as signedIn } from "./support/session";

// The guided session player saves through the log form's own action (docs/product.md §4,
// "Adjusted doses"): a device-made session key makes a second save of the same session a
// replay, and the ratings move each exercise's next dose in the same transaction, once.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { changeProgramPhaseAction, logExerciseSessionAction } = await import("@/actions/program");

const today = isoDateOf(new Date());

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

type Member = {
  id: string;
  name: string | null;
  email: string;
  assessmentId: string;
  enrollmentId: string;
};

async function memberOnAPlan(): Promise<Member> {
  const user = await createUser();
  const db = await getDb();
  const [assessment] = await db
    .insert(assessments)
    .values({
      userId: user.id,
      quizVersion: 1,
      answers: {},
      outcome: "candidate",
      resultType: "flexion",
      category: "D",
      worstPain: 5,
      scores: {},
    })
    .returning({ id: assessments.id });
  const { enrollmentId } = await startProgram({
    userId: user.id,
    assessmentId: assessment!.id,
    planType: "flexion",
    today,
  });
  return { ...user, assessmentId: assessment!.id, enrollmentId };
}

function signIn(member: Member) {
  signedIn.user = { id: member.id, name: member.name ?? "", email: member.email, role: "member" };
}

/** A finished guided session of the flexion plan's phase 1, rated as given. */
function guided(sessionKey: string, rating: string[], exerciseIds = PHASE_1_IDS) {
  return form({
    date: today,
    exerciseIds,
    effort: "4",
    painBefore: "5",
    painAfter: "3",
    sessionKey,
    rating,
  });
}
const PHASE_1_IDS = ["walk-short-bouts", "abdominal-bracing", "prone-lying"];

async function sessionsOf(userId: string) {
  const db = await getDb();
  return db.select().from(exerciseSessions).where(eq(exerciseSessions.userId, userId));
}
async function levelRowsOf(userId: string) {
  const db = await getDb();
  return db.select().from(exerciseDoseLevels).where(eq(exerciseDoseLevels.userId, userId));
}

describe("saving a guided session", () => {
  let member: Member;
  let bystander: Member;
  beforeEach(async () => {
    bystander = await memberOnAPlan();
    signIn(bystander);
    await logExerciseSessionAction(
      idleState,
      guided(crypto.randomUUID(), ["prone-lying:too-easy"]),
    );
    member = await memberOnAPlan();
    signIn(member);
  });

  it("twice with the same session key stores one session and succeeds both times alike", async () => {
    const key = crypto.randomUUID();
    const first = await logExerciseSessionAction(idleState, guided(key, []));
    const again = await logExerciseSessionAction(idleState, guided(key, []));
    expect(first.status).toBe("success");
    expect(again).toEqual(first);
    const rows = await sessionsOf(member.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.clientKey).toBe(key);
  });

  it("answers a replay with the id of the session the first save stored", async () => {
    const values = LogSessionSchema.parse({
      date: today,
      exerciseIds: PHASE_1_IDS,
      effort: "4",
      painBefore: "5",
      painAfter: "3",
      sessionKey: crypto.randomUUID(),
      rating: "prone-lying:too-hard",
    });
    const first = await logSession({ userId: member.id, values });
    const again = await logSession({ userId: member.id, values });
    expect(first).toMatchObject({ created: true, painBefore: 5, painAfter: 3 });
    expect(again).toEqual({ ...first, created: false });
    expect((await sessionsOf(member.id)).map((r) => r.id)).toEqual([first!.id]);
  });

  it("a replay with different values still answers with the first save's session", async () => {
    const key = crypto.randomUUID();
    const first = await logExerciseSessionAction(idleState, guided(key, []));
    const worse = guided(key, []);
    worse.set("painAfter", "7");
    expect(await logExerciseSessionAction(idleState, worse)).toEqual(first);
    expect((await sessionsOf(member.id)).map((r) => r.painAfter)).toEqual([3]);
  });

  it("two saves at once with the same key store one session", async () => {
    const key = crypto.randomUUID();
    const rating = ["prone-lying:too-hard"];
    const results = await Promise.all([
      logExerciseSessionAction(idleState, guided(key, rating)),
      logExerciseSessionAction(idleState, guided(key, rating)),
      logExerciseSessionAction(idleState, guided(key, rating)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["success", "success", "success"]);
    expect(await sessionsOf(member.id)).toHaveLength(1);
    // Adjusted once, not three times.
    expect((await getDoseLevels({ userId: member.id }))["prone-lying"]?.level).toBe(-1);
  });

  it("different keys are different sessions, and the plain log form (no key) logs every time", async () => {
    await logExerciseSessionAction(idleState, guided(crypto.randomUUID(), []));
    await logExerciseSessionAction(idleState, guided(crypto.randomUUID(), []));
    const plain = {
      date: today,
      exerciseIds: PHASE_1_IDS,
      effort: "4",
      painBefore: "5",
      painAfter: "3",
    };
    await logExerciseSessionAction(idleState, form(plain));
    await logExerciseSessionAction(idleState, form(plain));
    const rows = await sessionsOf(member.id);
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.clientKey === null && r.ratings === null)).toHaveLength(2);
  });

  it("stores the ratings on the session", async () => {
    await logExerciseSessionAction(
      idleState,
      guided(crypto.randomUUID(), [
        "walk-short-bouts:about-right",
        "abdominal-bracing:too-hard",
        "prone-lying:too-easy",
      ]),
    );
    const [row] = await sessionsOf(member.id);
    expect(row!.ratings).toEqual({
      "walk-short-bouts": "about-right",
      "abdominal-bracing": "too-hard",
      "prone-lying": "too-easy",
    });
  });

  it("two 'too easy' sessions in a row move the dose one step up; a replay does not move it again", async () => {
    const second = crypto.randomUUID();
    await logExerciseSessionAction(
      idleState,
      guided(crypto.randomUUID(), ["prone-lying:too-easy"]),
    );
    expect(await getDoseLevels({ userId: member.id })).toEqual({
      "prone-lying": { phase: 1, level: 0, easyStreak: 1 },
    });
    await logExerciseSessionAction(idleState, guided(second, ["prone-lying:too-easy"]));
    const levels = await getDoseLevels({ userId: member.id });
    expect(levels).toEqual({ "prone-lying": { phase: 1, level: 1, easyStreak: 0 } });
    expect(adjustedDoseFor(exerciseById("prone-lying"), levels["prone-lying"], 1)).toMatchObject({
      doseText: "4 minutes, twice a day",
      adjusted: true,
    });
    // The same save again (a retry) and once more at the same time: still one step.
    await logExerciseSessionAction(idleState, guided(second, ["prone-lying:too-easy"]));
    await Promise.all([
      logExerciseSessionAction(idleState, guided(second, ["prone-lying:too-easy"])),
      logExerciseSessionAction(idleState, guided(second, ["prone-lying:too-easy"])),
    ]);
    expect(await getDoseLevels({ userId: member.id })).toEqual(levels);
    expect(await sessionsOf(member.id)).toHaveLength(2);

    // What /program shows: the member's adjusted dose, and nobody else's.
    const program = await loadProgram({ userId: member.id, today });
    expect(program.status === "plan" && program.doses["prone-lying"]).toMatchObject({
      doseText: "4 minutes, twice a day",
      adjusted: true,
    });
    const theirs = await loadProgram({ userId: bystander.id, today });
    expect(theirs.status === "plan" && theirs.doses["prone-lying"]).toMatchObject({
      doseText: exerciseById("prone-lying").doseText,
      adjusted: false,
    });

    // The dashboard's "Today's session" shows the same adjusted dose on a day it offers the
    // exercise (the rotation brings every session exercise round within a week).
    const days = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6].map((n) =>
        loadDashboard({ userId: member.id, today: addDays(today, n) }),
      ),
    );
    const withProneLying = days.find((d) => d.plan?.session.exerciseIds.includes("prone-lying"));
    expect(withProneLying?.plan?.adjustedDoseTexts["prone-lying"]).toBe("4 minutes, twice a day");
    const theirDashboard = await loadDashboard({ userId: bystander.id, today });
    expect(theirDashboard.plan?.adjustedDoseTexts).toEqual({});
  });

  it("two different sessions saved at once both count: neither rating overwrites the other", async () => {
    await Promise.all([
      logExerciseSessionAction(idleState, guided(crypto.randomUUID(), ["prone-lying:too-easy"])),
      logExerciseSessionAction(idleState, guided(crypto.randomUUID(), ["prone-lying:too-easy"])),
    ]);
    expect(await sessionsOf(member.id)).toHaveLength(2);
    expect((await getDoseLevels({ userId: member.id }))["prone-lying"]).toEqual({
      phase: 1,
      level: 1,
      easyStreak: 0,
    });
  });

  it("keeps no level for exercises that do not adapt (daily habits)", async () => {
    await logExerciseSessionAction(
      idleState,
      guided(crypto.randomUUID(), ["walk-short-bouts:too-easy", "abdominal-bracing:too-hard"]),
    );
    expect((await levelRowsOf(member.id)).map((r) => r.exerciseId)).toEqual(["abdominal-bracing"]);
  });

  it("leaves another member's sessions and levels untouched", async () => {
    const before = {
      sessions: await sessionsOf(bystander.id),
      levels: await getDoseLevels({ userId: bystander.id }),
      version: (await getSessionUser({ id: bystander.id }))?.dataVersion,
    };
    expect(before.levels).toEqual({ "prone-lying": { phase: 1, level: 0, easyStreak: 1 } });
    // The member reuses the bystander's own key: a key is per member, so this is a new session.
    const theirKey = before.sessions[0]!.clientKey!;
    for (let i = 0; i < 3; i += 1)
      await logExerciseSessionAction(
        idleState,
        guided(i === 0 ? theirKey : crypto.randomUUID(), ["prone-lying:too-easy"]),
      );
    expect(await sessionsOf(member.id)).toHaveLength(3);
    expect(await sessionsOf(bystander.id)).toEqual(before.sessions);
    expect(await getDoseLevels({ userId: bystander.id })).toEqual(before.levels);
    expect((await getSessionUser({ id: bystander.id }))?.dataVersion).toBe(before.version);
  });

  it("refuses bad ratings with the rating field's message and writes nothing", async () => {
    const cases: [string[], string][] = [
      [["prone-lying:too-easy", "abdominal-bracing:much-too-easy"], SESSION_MESSAGES.rating],
      [["prone-lying:too-easy", "bird-dog:too-easy"], SESSION_MESSAGES.ratingNotTicked],
      [["prone-lying:too-easy", "prone-lying:too-hard"], SESSION_MESSAGES.ratingTwice],
      [["prone-lying:too-easy", "x".repeat(5_000)], SESSION_MESSAGES.rating],
    ];
    const version = (await getSessionUser({ id: member.id }))?.dataVersion;
    for (const [rating, message] of cases) {
      const state = await logExerciseSessionAction(idleState, guided(crypto.randomUUID(), rating));
      expect(state.status).toBe("error");
      expect(state.fieldErrors).toEqual({ rating: [message] });
    }
    const badKey = await logExerciseSessionAction(idleState, guided("not-a-uuid", []));
    expect(badKey.fieldErrors).toEqual({ sessionKey: [SESSION_MESSAGES.sessionKey] });
    expect(await sessionsOf(member.id)).toEqual([]);
    expect(await levelRowsOf(member.id)).toEqual([]);
    expect((await getSessionUser({ id: member.id }))?.dataVersion).toBe(version);
  });

  it("bumps the member's data version, so the cached dashboard and program pages refresh", async () => {
    const before = (await getSessionUser({ id: member.id }))!.dataVersion;
    await logExerciseSessionAction(
      idleState,
      guided(crypto.randomUUID(), ["prone-lying:too-easy"]),
    );
    expect((await getSessionUser({ id: member.id }))!.dataVersion).toBeGreaterThan(before);
  });

  it("starts again from the plan's dose in a new phase", async () => {
    for (let i = 0; i < 4; i += 1)
      await logExerciseSessionAction(
        idleState,
        guided(crypto.randomUUID(), ["abdominal-bracing:too-easy"]),
      );
    const inPhase1 = (await getDoseLevels({ userId: member.id }))["abdominal-bracing"];
    expect(inPhase1).toEqual({ phase: 1, level: 2, easyStreak: 0 });
    const bracing = exerciseById("abdominal-bracing");
    expect(adjustedDoseFor(bracing, inPhase1, 1).doseText).toBe("10 holds of 20 seconds");

    const moved = await changeProgramPhaseAction(
      idleState,
      form({ enrollmentId: member.enrollmentId, direction: "next" }),
    );
    expect(moved.status).toBe("success");
    // The levels go with the phase change; a phase-1 level would count as none in phase 2 anyway.
    expect(await getDoseLevels({ userId: member.id })).toEqual({});
    expect(adjustedDoseFor(bracing, inPhase1, 2)).toMatchObject({
      doseText: bracing.doseText,
      adjusted: false,
    });
    // A rating in phase 2 starts from level 0 there, with no streak carried over.
    await logExerciseSessionAction(
      idleState,
      guided(crypto.randomUUID(), ["abdominal-bracing:too-easy"], ["abdominal-bracing"]),
    );
    expect((await getDoseLevels({ userId: member.id }))["abdominal-bracing"]).toEqual({
      phase: 2,
      level: 0,
      easyStreak: 1,
    });
    expect((await sessionsOf(member.id)).filter((r) => r.phase === 2)).toHaveLength(1);
    // Stepping back (after a flare-up, say) and on again starts from the plan's dose once more.
    for (const direction of ["back", "next"])
      await changeProgramPhaseAction(
        idleState,
        form({ enrollmentId: member.enrollmentId, direction }),
      );
    expect(await getDoseLevels({ userId: member.id })).toEqual({});
    // Only the member's own levels go.
    expect(await getDoseLevels({ userId: bystander.id })).not.toEqual({});
  });

  it("starts again from the plan's doses on a new plan", async () => {
    await logExerciseSessionAction(
      idleState,
      guided(crypto.randomUUID(), ["prone-lying:too-hard"]),
    );
    expect(await levelRowsOf(member.id)).toHaveLength(1);
    const { assessmentId } = member;
    await startProgram({ userId: member.id, assessmentId, planType: "extension", today });
    expect(await levelRowsOf(member.id)).toEqual([]);
  });
});
