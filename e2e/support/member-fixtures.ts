// Members the program, journal and dashboard specs sign in as. Written straight through
// drizzle (the query modules are server-only) before the e2e server owns the database.
import { hash } from "@node-rs/argon2";
import type { Page } from "@playwright/test";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";

export const MEMBER_PASSWORD = "e2e-members-keep-moving";

export const E2E_MEMBERS = {
  /** On a flexion plan in phase 1 for 20 days with 7 easy sessions: moving on is suggested. */
  program: { email: "program-member@e2e.test", name: "Priya Program" },
  /** On a plan, with a few journal days before today but none today. */
  journal: { email: "journal-member@e2e.test", name: "Jo Journal" },
  /** In phase 2, with worst pain 3 for four weeks and then 7 for the last four days: a flare-up. */
  flare: { email: "flare-member@e2e.test", name: "Fran Flare" },
  /** On a plan, nothing logged today: uses the dashboard's quick entry. */
  quick: { email: "quick-member@e2e.test", name: "Quinn Quick" },
  /** On a plan, pain 0 every day for four weeks: the four-week check says so kindly. */
  lowSteady: { email: "low-steady@e2e.test", name: "Lou Low" },
  /** On a plan, pain about 6 four weeks ago and about 3 now: "3 points lower". */
  improving: { email: "improving@e2e.test", name: "Ivy Improving" },
  /** On a plan, pain about 3 four weeks ago and about 6 now: the stronger prompt. */
  worsening: { email: "worsening@e2e.test", name: "Wes Worsening" },
  /** On a plan with no journal: declares a flare-up on /program. */
  declares: { email: "declares-flare@e2e.test", name: "Dee Declares" },
  /** A version-2 candidate who told the quiz she is pregnant, on a flexion plan. */
  pregnant: { email: "pregnant@e2e.test", name: "Pia Pregnant" },
  /** Signed up, never took the quiz. */
  newcomer: { email: "newcomer@e2e.test", name: "Nia Newcomer" },
  /** On a plan with three journal days and three sessions before today: deletes them on a phone. */
  deletes: { email: "deletes@e2e.test", name: "Del Deletes" },
  /** On a plan with two journal days and two sessions: uses the member pages with JavaScript off. */
  noScript: { email: "no-script@e2e.test", name: "Nell NoScript" },
  /** Flexion plan, phase 1, nothing logged: follows today's session in the player. */
  player: { email: "player@e2e.test", name: "Pat Player" },
  /** The same, for the keyboard-only run. */
  playerKeys: { email: "player-keys@e2e.test", name: "Kim Keys" },
  /** The same, for a save whose answer is lost and retried. */
  playerRetry: { email: "player-retry@e2e.test", name: "Ray Retry" },
  /** The same, rating one exercise "too easy" twice to see its dose move up. */
  playerDose: { email: "player-dose@e2e.test", name: "Dot Dose" },
  /** The same, for the JavaScript budget of a real session page. */
  playerBudget: { email: "player-budget@e2e.test", name: "Bud Budget" },
} as const;

export async function writeMemberFixtures(): Promise<void> {
  const { getDb } = await import("@/db");
  const { assessments, exerciseSessions, journalEntries, programEnrollments, users } =
    await import("@/db/schema");
  const { DEMO_PASSWORD, seedDemoMember } = await import("@/db/seed");
  const db = await getDb();
  const today = isoDateOf(new Date());
  // Same parameters as lib/auth/password.ts, which is server-only and can't load here.
  const passwordHash = await hash(MEMBER_PASSWORD, {
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });

  const member = async (who: { email: string; name: string }) => {
    const [row] = await db
      .insert(users)
      .values({ ...who, passwordHash })
      .returning({ id: users.id });
    return row!.id;
  };
  const onPlan = async (userId: string, phaseStartedOn: string, phase: 1 | 2 = 1) => {
    const [assessment] = await db
      .insert(assessments)
      .values({
        userId,
        quizVersion: 1,
        answers: {},
        outcome: "candidate",
        resultType: "flexion",
        runnerUp: "load",
        category: "D",
        worstPain: 5,
        scores: { flexion: 6, extension: 1, instability: 0, load: 2 },
        createdAt: new Date(`${phaseStartedOn}T08:00:00Z`),
      })
      .returning({ id: assessments.id });
    const [enrollment] = await db
      .insert(programEnrollments)
      .values({
        userId,
        assessmentId: assessment!.id,
        planType: "flexion",
        phase,
        phaseStartedOn,
      })
      .returning({ id: programEnrollments.id });
    return enrollment!.id;
  };

  const programId = await member(E2E_MEMBERS.program);
  const enrollmentId = await onPlan(programId, addDays(today, -20));
  await db.insert(exerciseSessions).values(
    [18, 15, 12, 10, 7, 5, 2].map((daysAgo) => ({
      userId: programId,
      enrollmentId,
      performedOn: addDays(today, -daysAgo),
      phase: 1,
      exerciseIds: ["walk-short-bouts", "prone-lying"],
      effort: 4,
      painBefore: 4,
      painAfter: 3,
    })),
  );

  const journalId = await member(E2E_MEMBERS.journal);
  await onPlan(journalId, addDays(today, -10));
  await db.insert(journalEntries).values(
    [5, 4, 3, 2, 1].map((daysAgo) => ({
      userId: journalId,
      entryDate: addDays(today, -daysAgo),
      pain: 4,
      worstPain: 5,
      sleepHours: 7,
    })),
  );

  const flareId = await member(E2E_MEMBERS.flare);
  await onPlan(flareId, addDays(today, -40), 2);
  await db.insert(journalEntries).values(
    Array.from({ length: 32 }, (_, i) => 31 - i).map((daysAgo) => {
      const worstPain = daysAgo <= 3 ? 7 : 3;
      return {
        userId: flareId,
        entryDate: addDays(today, -daysAgo),
        pain: worstPain - 1,
        worstPain,
      };
    }),
  );

  await onPlan(await member(E2E_MEMBERS.quick), addDays(today, -3));

  await member(E2E_MEMBERS.newcomer);

  // A few journal days and sessions each, before today, that only their own spec counts.
  const withSomeHistory = async (who: { email: string; name: string }, daysAgo: number[]) => {
    const userId = await member(who);
    const enrollment = await onPlan(userId, addDays(today, -10));
    await db
      .insert(journalEntries)
      .values(
        daysAgo.map((d) => ({ userId, entryDate: addDays(today, -d), pain: 3, worstPain: 4 })),
      );
    await db.insert(exerciseSessions).values(
      daysAgo.map((d) => ({
        userId,
        enrollmentId: enrollment,
        performedOn: addDays(today, -d),
        phase: 1,
        exerciseIds: ["walk-short-bouts"],
        effort: 3,
        painBefore: 3,
        painAfter: 2,
      })),
    );
  };
  await withSomeHistory(E2E_MEMBERS.deletes, [3, 2, 1]);
  await withSomeHistory(E2E_MEMBERS.noScript, [6, 5]);

  await onPlan(await member(E2E_MEMBERS.declares), addDays(today, -5));

  for (const who of [
    E2E_MEMBERS.player,
    E2E_MEMBERS.playerKeys,
    E2E_MEMBERS.playerRetry,
    E2E_MEMBERS.playerDose,
    E2E_MEMBERS.playerBudget,
  ]) {
    await onPlan(await member(who), addDays(today, -3));
  }

  // Version 2: the answers carry circumstances, which /program reads to swap exercises.
  const pregnantId = await member(E2E_MEMBERS.pregnant);
  await onPlan(pregnantId, addDays(today, -5));
  const { assessmentColumnsV2 } = await import("@/db/assessment-columns");
  const { candidateForType } = await import("@/lib/quiz/v2/test-answers");
  const { columns } = assessmentColumnsV2(
    candidateForType("flexion", { circumstances: ["pregnant"] }),
  );
  await db.insert(assessments).values({ userId: pregnantId, ...columns });

  // Four weeks of daily pain for the four-week check: `painOn(daysAgo)` for days 0–27.
  const fourWeeks = async (who: { email: string; name: string }, painOn: (d: number) => number) => {
    const userId = await member(who);
    await onPlan(userId, addDays(today, -30));
    await db.insert(journalEntries).values(
      Array.from({ length: 28 }, (_, daysAgo) => ({
        userId,
        entryDate: addDays(today, -daysAgo),
        pain: painOn(daysAgo),
        worstPain: painOn(daysAgo),
      })),
    );
  };
  await fourWeeks(E2E_MEMBERS.lowSteady, () => 0);
  await fourWeeks(E2E_MEMBERS.improving, (d) => (d >= 21 ? 6 : d < 7 ? 3 : 4));
  await fourWeeks(E2E_MEMBERS.worsening, (d) => (d >= 21 ? 3 : d < 7 ? 6 : 4));

  // Six months of data for the insights and dashboard charts (idempotent: replaces the demo member).
  await seedDemoMember(db, {
    today,
    passwordHash: await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  });
}

/** Signs in through the real form and lands on `next`. */
export async function signInAs(
  page: Page,
  email: string,
  password = MEMBER_PASSWORD,
  next = "/dashboard",
) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** No sideways scrolling on a 320 px wide phone. */
export async function expectFitsNarrowPhone(page: Page, path: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(path);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) throw new Error(`${path} scrolls sideways by ${overflow}px at 320px`);
}
