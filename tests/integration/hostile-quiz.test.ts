import { count, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { assessments } from "@/db/schema";
import { idleState } from "@/lib/action-state";
import { GUEST_RESULT_COOKIE } from "@/lib/quiz/guest-cookie";
import { QUIZ_V2_KEYS } from "@/lib/quiz/v2/model";
import { candidateForType, candidateV2 } from "@/lib/quiz/v2/test-answers";
import { TYPE_IDS } from "@/lib/quiz/types";
import { createUser } from "./factories";
import { cookieJar } from "./quiz-fakes";
import {
  extraFields,
  field,
  hostileText,
  isExplainedError,
  outcomeOf,
  RUNS,
  toFormData,
  type HostileFields,
} from "./support/hostile-arbitraries";
import { session } from "./support/session";

// submitQuizAction under hostile FormData, as a guest and as a member: the answer is
// an error state or the redirect to the result, never an exception; a refused
// quiz stores no row and sets no cookie; a stored one is scored by the server.

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-only-secret-integration-only-0123";
});
vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/headers", async () => {
  const { cookieJar: jar } = await import("./quiz-fakes");
  return {
    cookies: () => Promise.resolve(jar.store),
    headers: () => Promise.resolve(new Headers()),
  };
});
vi.mock("next/navigation", () => import("./support/next-navigation"));

const { submitQuizAction } = await import("@/actions/quiz");

async function rowCount(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(assessments);
  return row?.n ?? 0;
}

const answerValues = () =>
  fc.oneof(
    hostileText,
    fc.constantFrom(
      "yes",
      "no",
      "YES",
      "none",
      "one",
      "both",
      "20to50",
      "over50",
      "under16",
      "pregnant",
      "recentSurgery",
      "-1",
      "11",
      "10",
      "0",
      "3.0",
      "०",
    ),
  );

/** A real answer set (any plan, or neutral) with one to four answers replaced, removed or repeated. */
const hostileQuiz = () =>
  fc
    .tuple(
      fc.constantFrom<Record<string, string | number | string[]>>(
        candidateV2({ worstPain: 9 }),
        ...TYPE_IDS.map((t) => candidateForType(t)),
      ),
      fc.array(
        fc
          .oneof(
            fc.constantFrom(...QUIZ_V2_KEYS),
            fc.constantFrom("outcome", "resultType", "category", "scores", "userId"),
          )
          .chain((key) => field(answerValues()).map((values) => [key, values] as const)),
        { minLength: 1, maxLength: 4 },
      ),
      fc.oneof(fc.constant({}), extraFields),
    )
    .map(([base, overrides, extra]): HostileFields => ({
      ...Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [v].flat().map(String)])),
      ...Object.fromEntries(overrides),
      ...extra,
    }));

beforeEach(() => {
  session.user = null;
  cookieJar.jar.clear();
});

describe("submitQuizAction with hostile input", () => {
  it("as a guest: refused answers store nothing and set no cookie; accepted ones store one row scored here", async () => {
    const seen = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(hostileQuiz(), async (fields) => {
        cookieJar.jar.clear();
        const before = await rowCount();
        const outcome = await outcomeOf(() => submitQuizAction(idleState, toFormData(fields)));
        if (outcome.kind === "redirect") {
          seen.stored += 1;
          expect(outcome.url).toBe("/quiz/result");
          expect(await rowCount()).toBe(before + 1);
          expect(cookieJar.jar.has(GUEST_RESULT_COOKIE)).toBe(true);
        } else {
          seen.refused += 1;
          expect(outcome.kind).toBe("state");
          expect(isExplainedError(outcome)).toBe(true);
          expect(await rowCount()).toBe(before);
          expect(cookieJar.jar.size).toBe(0);
        }
      }),
      RUNS,
    );
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("as a member: a refused quiz adds nothing to the account; a made-up result is never stored", async () => {
    const member = await createUser();
    session.user = { id: member.id, name: member.name ?? "", email: member.email, role: "member" };
    const db = await getDb();
    await fc.assert(
      fc.asyncProperty(hostileQuiz(), async (fields) => {
        const before = await db.select().from(assessments).where(eq(assessments.userId, member.id));
        const outcome = await outcomeOf(() => submitQuizAction(idleState, toFormData(fields)));
        const after = await db.select().from(assessments).where(eq(assessments.userId, member.id));
        if (outcome.kind === "redirect") {
          expect(after).toHaveLength(before.length + 1);
          const added = after.find((a) => !before.some((b) => b.id === a.id));
          // Only quiz keys are stored, never a posted outcome or score.
          expect(
            Object.keys(added?.answers ?? {}).every((k) =>
              (QUIZ_V2_KEYS as readonly string[]).includes(k),
            ),
          ).toBe(true);
        } else {
          expect(isExplainedError(outcome)).toBe(true);
          expect(after).toEqual(before);
        }
        expect(cookieJar.jar.has(GUEST_RESULT_COOKIE)).toBe(false);
      }),
      RUNS,
    );
  });

  it("a forged or hostile guest cookie on a retake is ignored, never deletes another row, and never throws", async () => {
    const db = await getDb();
    const [someoneElse] = await db
      .insert(assessments)
      .values({
        userId: null,
        quizVersion: 1,
        answers: {},
        outcome: "candidate",
        resultType: "load",
        category: "D",
        worstPain: 3,
        scores: {},
      })
      .returning({ id: assessments.id });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileText,
          fc.constant(`${someoneElse!.id}.forged`),
          fc.constant(someoneElse!.id),
        ),
        async (cookie) => {
          cookieJar.jar.clear();
          cookieJar.store.set(GUEST_RESULT_COOKIE, cookie);
          const outcome = await outcomeOf(() =>
            submitQuizAction(
              idleState,
              toFormData(
                Object.fromEntries(
                  Object.entries(candidateV2()).map(([k, v]) => [k, [v].flat().map(String)]),
                ),
              ),
            ),
          );
          expect(outcome).toEqual({ kind: "redirect", url: "/quiz/result" });
          const [still] = await db
            .select({ id: assessments.id })
            .from(assessments)
            .where(eq(assessments.id, someoneElse!.id));
          expect(still?.id).toBe(someoneElse!.id);
        },
      ),
      { numRuns: 20 },
    );
  });
});
