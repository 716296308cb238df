import { count, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { assessments } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { GUEST_RESULT_COOKIE, verifyGuestResultRef } from "@/lib/quiz/guest-cookie";
import { scoreQuizV2 } from "@/lib/quiz/v2/score";
import { ALL_GATE_NO_V2, candidateForType } from "@/lib/quiz/v2/test-answers";
import { createUser } from "./factories";
import { cookieJar, form, redirectOf } from "./quiz-fakes";
import { session } from "./support/session";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-only-secret-integration-only-0123";
});
vi.mock("@/server/auth/current-user", () => import("./support/session"));
const request = vi.hoisted(() => ({ ip: "198.51.100.1" }));
vi.mock("next/headers", async () => {
  const { cookieJar: jar } = await import("./quiz-fakes");
  return {
    cookies: () => Promise.resolve(jar.store),
    headers: () => Promise.resolve(new Headers({ "x-forwarded-for": request.ip })),
  };
});
vi.mock("next/navigation", () => import("./support/next-navigation"));

const { submitQuizAction } = await import("@/actions/quiz");
const { QUIZ_REJECTED_MESSAGE, QUIZ_TOO_OFTEN_MESSAGE } =
  await import("@/lib/quiz/action-messages");
const { RULES } = await import("@/server/rate-limit");
const { afterSignIn } = await import("@/server/auth/after-sign-in");

const SECRET = process.env.AUTH_SECRET ?? "";

async function rowCount(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(assessments);
  return row?.n ?? 0;
}

async function rowById(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));
  return row;
}

function guestRowId(): string | null {
  return verifyGuestResultRef(cookieJar.jar.get(GUEST_RESULT_COOKIE)?.value, SECRET);
}

async function asMember() {
  const user = await createUser();
  session.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  return user;
}

beforeEach(() => {
  session.user = null;
  cookieJar.jar.clear();
});

describe("submitQuizAction", () => {
  it("stores a guest's answers with the server's own scoring and hands back a signed, http-only reference", async () => {
    const answers = candidateForType("flexion");
    const before = await rowCount();

    expect(await redirectOf(() => submitQuizAction(idleState, form(answers)))).toBe("/quiz/result");

    expect(await rowCount()).toBe(before + 1);
    const cookie = cookieJar.jar.get(GUEST_RESULT_COOKIE);
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    const id = guestRowId();
    expect(id).not.toBeNull();
    // The cookie is a reference, not the answers.
    expect(cookie?.value).not.toContain("flexion");
    const row = await rowById(id!);
    const expected = scoreQuizV2(answers);
    expect(row).toMatchObject({
      userId: null,
      quizVersion: 2,
      answers,
      outcome: "candidate",
      resultType: "flexion",
      runnerUp: expected.runnerUp,
      category: expected.category,
      worstPain: answers.worstPain,
      scores: expected.scores,
    });
  });

  it("rejects a made-up result posted beside the answers, with a clear error, and saves nothing", async () => {
    const before = await rowCount();
    const tampered = {
      ...candidateForType("flexion", { worstPain: 9 }),
      outcome: "candidate",
      type: "load",
      category: "D",
    };

    const state = await submitQuizAction(idleState, form(tampered));

    expect(state.status).toBe("error");
    expect(state.message).toBe(QUIZ_REJECTED_MESSAGE);
    expect(state.fieldErrors?.form?.join(" ")).toMatch(
      /not questions in the quiz: outcome, type, category/,
    );
    expect(await rowCount()).toBe(before);
    expect(cookieJar.jar.size).toBe(0);
  });

  it("rejects values outside each key's allowed values, reporting every one, and saves nothing", async () => {
    const before = await rowCount();
    const tampered = {
      ...candidateForType("extension"),
      worstPain: "11",
      sittingBending: "terrible",
      ageBand: "40",
    };

    const state = await submitQuizAction(idleState, form(tampered));

    expect(state.status).toBe("error");
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual([
      "ageBand",
      "sittingBending",
      "worstPain",
    ]);
    expect(state.fieldErrors?.worstPain).toEqual([
      "Give your worst pain as a whole number from 0 to 10.",
    ]);
    expect(await rowCount()).toBe(before);
  });

  it("rejects a repeated field, an incomplete set and answers after a safety yes", async () => {
    const before = await rowCount();
    const full = candidateForType("load");
    const repeated = await submitQuizAction(idleState, form({ ...full, worstPain: ["3", "4"] }));
    const { bestRelief: _dropped, ...incomplete } = full;
    const partial = await submitQuizAction(idleState, form(incomplete));
    const afterStop = await submitQuizAction(idleState, form({ ...full, caudaEquina: "yes" }));

    expect(repeated.fieldErrors?.worstPain).toBeDefined();
    expect(partial.fieldErrors?.bestRelief).toEqual(["Please answer this question."]);
    expect(afterStop.status).toBe("error");
    expect(await rowCount()).toBe(before);
  });

  it("stores a quiz stopped at the cauda equina question as urgent, with no type or category", async () => {
    expect(
      await redirectOf(() =>
        submitQuizAction(idleState, form({ ...ALL_GATE_NO_V2, caudaEquina: "yes" })),
      ),
    ).toBe("/quiz/result");
    const row = await rowById(guestRowId()!);
    expect(row).toMatchObject({
      outcome: "urgent",
      resultType: null,
      category: null,
      runnerUp: null,
      worstPain: null,
    });
  });

  it("stores a quiz stopped at the cancer-history question as see a doctor first", async () => {
    await redirectOf(() =>
      submitQuizAction(idleState, form({ ...ALL_GATE_NO_V2, cancerHistory: "yes" })),
    );
    expect(await rowById(guestRowId()!)).toMatchObject({
      outcome: "doctor_first",
      resultType: null,
    });
  });

  it("saves a member's result to their account straight away, with no guest cookie", async () => {
    const member = await asMember();
    await redirectOf(() => submitQuizAction(idleState, form(candidateForType("instability"))));
    const db = await getDb();
    const rows = await db.select().from(assessments).where(eq(assessments.userId, member.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ resultType: "instability", outcome: "candidate" });
    expect(cookieJar.jar.has(GUEST_RESULT_COOKIE)).toBe(false);
  });

  it("a guest's retake replaces their earlier unclaimed result", async () => {
    await redirectOf(() => submitQuizAction(idleState, form(candidateForType("flexion"))));
    const first = guestRowId()!;
    await redirectOf(() => submitQuizAction(idleState, form(candidateForType("load"))));
    const second = guestRowId()!;
    expect(second).not.toBe(first);
    expect(await rowById(first)).toBeUndefined();
    expect(await rowById(second)).toMatchObject({ resultType: "load", userId: null });
  });
  it("limits how many guest results one address can store in an hour, and saves nothing beyond it", async () => {
    request.ip = "203.0.113.77";
    for (let i = 0; i < RULES.guestQuiz.points; i += 1) {
      cookieJar.jar.clear(); // a script that drops the cookie, so nothing is replaced
      await redirectOf(() => submitQuizAction(idleState, form(candidateForType("load"))));
    }
    const before = await rowCount();
    cookieJar.jar.clear();
    const refused = await submitQuizAction(idleState, form(candidateForType("load")));
    expect(refused).toMatchObject({ status: "error", message: QUIZ_TOO_OFTEN_MESSAGE });
    expect(await rowCount()).toBe(before);
    expect(cookieJar.jar.size).toBe(0);

    // Members are known, so they are not limited.
    await asMember();
    expect(
      await redirectOf(() => submitQuizAction(idleState, form(candidateForType("load")))),
    ).toBe("/quiz/result");
    request.ip = "198.51.100.1";
  });
});

describe("afterSignIn", () => {
  it("attaches a guest's quiz result to the account they sign up with and drops the cookie", async () => {
    await redirectOf(() => submitQuizAction(idleState, form(candidateForType("flexion"))));
    const id = guestRowId()!;
    const member = await createUser();

    await afterSignIn(member.id);

    expect(await rowById(id)).toMatchObject({ userId: member.id, resultType: "flexion" });
    expect(cookieJar.jar.has(GUEST_RESULT_COOKIE)).toBe(false);
    // Idempotent: a second sign-in (no cookie now) changes nothing.
    await afterSignIn(member.id);
    expect(await rowById(id)).toMatchObject({ userId: member.id });
  });

  it("never moves a result that someone has already claimed, even with a replayed cookie", async () => {
    await redirectOf(() => submitQuizAction(idleState, form(candidateForType("extension"))));
    const id = guestRowId()!;
    const replayed = cookieJar.jar.get(GUEST_RESULT_COOKIE)!;
    const owner = await createUser();
    await afterSignIn(owner.id);

    cookieJar.store.set(GUEST_RESULT_COOKIE, replayed.value);
    const other = await createUser();
    await afterSignIn(other.id);

    expect(await rowById(id)).toMatchObject({ userId: owner.id });
    expect(cookieJar.jar.has(GUEST_RESULT_COOKIE)).toBe(false);
  });

  it("ignores a forged cookie and deletes it", async () => {
    await redirectOf(() => submitQuizAction(idleState, form(candidateForType("load"))));
    const id = guestRowId()!;
    cookieJar.store.set(GUEST_RESULT_COOKIE, `${id}.forged-signature`);
    const member = await createUser();

    await afterSignIn(member.id);

    const db = await getDb();
    expect(await rowById(id)).toMatchObject({ userId: null });
    const unclaimed = await db
      .select({ n: count() })
      .from(assessments)
      .where(isNull(assessments.userId));
    expect(unclaimed[0]?.n).toBeGreaterThan(0);
    expect(cookieJar.jar.has(GUEST_RESULT_COOKIE)).toBe(false);
  });
});
