import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { lessonProgress, users } from "@/db/schema";
import { getLessonProgress } from "@/db/queries/learn";
import { getProgressSummary } from "@/db/queries/progress";
import { exportAccountData } from "@/db/queries/account";
import { loadDashboard } from "@/server/member/load-dashboard";
import { isoDateOf } from "@/lib/dates/iso-date";
import { createUser } from "./factories";
import { NotFoundSignal, RedirectSignal } from "./quiz-fakes";
import { session as signedIn, signedInUser } from "./support/session";

// The course's check-question action as a member calls it (docs/product.md §11), on whichever
// driver DATABASE_URL selects.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/navigation", () => import("./support/next-navigation"));
vi.mock("next/cache", () => import("./support/next-cache"));

const { answerLessonAction } = await import("@/actions/learn");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

/** Runs the action and returns where it redirected, or "not found". */
async function answer(fields: Record<string, string>): Promise<string> {
  try {
    await answerLessonAction(form(fields));
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    if (error instanceof NotFoundSignal) return "not found";
    throw error;
  }
  throw new Error("the action neither redirected nor answered not found");
}

async function signInAsNewMember() {
  const user = await createUser();
  signedIn.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  return user;
}

async function dataVersion(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ v: users.dataVersion }).from(users).where(eq(users.id, userId));
  return row!.v;
}

describe("answering a lesson's check question", () => {
  beforeEach(signInAsNewMember);

  it("records the lesson as done and redirects to its explanation, right or wrong", async () => {
    const me = signedInUser();
    expect(await answer({ lesson: "why-backs-hurt", answer: "a" })).toBe(
      "/learn/why-backs-hurt?answer=a#check",
    );
    expect(await getLessonProgress({ userId: me.id })).toEqual([
      {
        lessonId: "why-backs-hurt",
        answeredCorrectly: false,
        completedAt: expect.any(Date) as Date,
      },
    ]);
  });

  it("keeps one row per lesson: a right answer after a wrong one marks it right, and a wrong one after never unmarks it", async () => {
    const me = signedInUser();
    await answer({ lesson: "flares", answer: "b" });
    const [first] = await getLessonProgress({ userId: me.id });
    await answer({ lesson: "flares", answer: "a" });
    await answer({ lesson: "flares", answer: "c" });
    const rows = await getLessonProgress({ userId: me.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ lessonId: "flares", answeredCorrectly: true });
    expect(rows[0]!.completedAt).toEqual(first!.completedAt);
  });

  it("writes nothing without an option, or with one the lesson does not have, and asks again", async () => {
    const me = signedInUser();
    expect(await answer({ lesson: "pacing" })).toBe("/learn/pacing?answer=#check");
    expect(await answer({ lesson: "pacing", answer: "z" })).toBe("/learn/pacing?answer=#check");
    expect(await answer({ lesson: "pacing", answer: "a".repeat(100_000) })).toBe(
      "/learn/pacing?answer=#check",
    );
    expect(await getLessonProgress({ userId: me.id })).toEqual([]);
  });

  it("answers not found for a lesson that does not exist, however it is spelled", async () => {
    for (const lesson of ["no-such-lesson", "__proto__", "", "x".repeat(100_000)])
      expect(await answer({ lesson, answer: "a" })).toBe("not found");
    expect(await answer({ answer: "a" })).toBe("not found");
    expect(await getLessonProgress({ userId: signedInUser().id })).toEqual([]);
  });

  it("sends a guest to sign in and writes nothing", async () => {
    signedIn.user = null;
    const db = await getDb();
    const before = (await db.select().from(lessonProgress)).length;
    expect(await answer({ lesson: "sleep", answer: "b" })).toMatch(/^\/sign-in/);
    expect(await db.select().from(lessonProgress)).toHaveLength(before);
  });

  it("only ever touches the signed-in member's progress", async () => {
    const other = await createUser();
    await getDb().then((db) =>
      db
        .insert(lessonProgress)
        .values({ userId: other.id, lessonId: "sleep", answeredCorrectly: false }),
    );
    await answer({ lesson: "sleep", answer: "b" });
    expect(await getLessonProgress({ userId: other.id })).toEqual([
      expect.objectContaining({ lessonId: "sleep", answeredCorrectly: false }),
    ]);
    const mine = await exportAccountData({ userId: signedInUser().id });
    expect(mine?.lessonProgress).toEqual([
      expect.objectContaining({ lessonId: "sleep", answeredCorrectly: true }),
    ]);
  });

  it("bumps the member's data version, so the cached dashboard shows the next lesson at once", async () => {
    const me = signedInUser();
    const before = await dataVersion(me.id);
    await answer({ lesson: "why-backs-hurt", answer: "b" });
    expect(await dataVersion(me.id)).toBeGreaterThan(before);
  });

  it("moves the dashboard's next lesson on, read in the progress summary's one statement", async () => {
    const me = signedInUser();
    const today = isoDateOf(new Date());
    expect((await loadDashboard({ userId: me.id, today })).course).toMatchObject({
      done: 0,
      total: 17,
      next: expect.objectContaining({ id: "why-backs-hurt" }) as unknown,
    });
    await answer({ lesson: "why-backs-hurt", answer: "b" });
    expect((await getProgressSummary({ userId: me.id, from: today })).lessonsDone).toEqual([
      "why-backs-hurt",
    ]);
    expect((await loadDashboard({ userId: me.id, today })).course).toMatchObject({
      done: 1,
      next: expect.objectContaining({ id: "hurt-is-not-harm" }) as unknown,
    });
  });
});
