import { sql } from "drizzle-orm";
import { addDays, isoDateOf, type IsoDate } from "@/lib/dates/iso-date";
import type { JournalActivity } from "@/lib/journal/types";
import { getPlan } from "@/lib/program/plans";
import { todaysSession } from "@/lib/program/today";
import type { Phase } from "@/lib/program/types";
import type { FullQuizAnswers } from "@/lib/quiz/types";
import { assessmentColumns } from "./assessment-columns";
import type { Database } from "./client";
import {
  activityRatings,
  assessments,
  exerciseSessions,
  journalEntries,
  programEnrollments,
  progressActivities,
  users,
  weeklyCheckIns,
} from "./schema";
import { isoWeekStart } from "@/lib/progress/check-in";

export const DEMO_EMAIL = "demo@lbpfix.test";
export const DEMO_PASSWORD = "walking-every-day-helps";
export const SEED_DAYS = 182;

// A small deterministic PRNG: the same seed gives the same six months, so
// benchmarks and screenshots are comparable run to run.
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

const flexionAnswers = (worstPain: number): FullQuizAnswers => ({
  bladderBowel: "no",
  bothLegs: "no",
  infection: "no",
  trauma: "no",
  cancer: "no",
  nightPain: "no",
  ageBand: "20to50",
  duration: "over3m",
  worstPain,
  dailyFunction: "yes",
  activityResponse: "stable",
  recentInjury: "no",
  legSymptoms: "none",
  sittingBending: "worse",
  standingArching: "better",
  suddenMoves: "never",
  liftingImpact: "none",
  worstTrigger: "flexion",
  bestRelief: "flexion",
});

const ACTIVITIES = [
  "Walking",
  "Cycling",
  "Swimming",
  "Gardening",
  "Yoga",
  "Gym (machines)",
] as const;
const MEALS = [
  "Porridge, lentil soup, salmon and greens",
  "Eggs on toast, salad wrap, chicken stir-fry",
  "Yoghurt and fruit, leftovers, pasta with vegetables",
  "Takeaway pizza — busy day",
  "Smoothie, bean chilli, rice",
];

type Day = typeof journalEntries.$inferInsert;

/** Six months of a member who started sore and desk-bound and got better by moving. */
export function demoJournal(userId: string, today: IsoDate, random = mulberry32(42)): Day[] {
  const days: Day[] = [];
  for (let i = SEED_DAYS - 1; i >= 0; i--) {
    const date = addDays(today, -i);
    if (random() < 0.12 && i > 2) continue; // missed days, as in any real journal
    const progress = (SEED_DAYS - i) / SEED_DAYS;
    const flare = i <= 75 && i >= 70 ? 2.5 : 0; // a flare-up after a long drive, then settling again
    const sleepHours = Math.round(clamp(6.2 + random() * 2.4 - (flare ? 1 : 0), 4, 9.5) * 2) / 2;
    const stress = Math.round(clamp(5 - progress * 2 + (random() - 0.5) * 4 + flare, 0, 10));
    const activeMinutes = Math.round(
      clamp(10 + progress * 40 + (random() - 0.4) * 30 - flare * 8, 0, 180),
    );
    const pain = Math.round(
      clamp(
        6 -
          progress * 3.2 +
          flare +
          (sleepHours < 7 ? 0.6 : -0.3) +
          (stress - 4) * 0.15 +
          (random() - 0.5) * 1.6,
        0,
        10,
      ),
    );
    const worstPain = clamp(pain + 1 + Math.round(random() * 2), pain, 10);
    const activities: JournalActivity[] = [];
    if (activeMinutes >= 15) {
      const name = ACTIVITIES[Math.floor(random() * ACTIVITIES.length)] ?? "Walking";
      const response = random() < 0.65 ? "better" : random() < 0.7 ? "same" : "worse";
      activities.push({ name, response });
    }
    days.push({
      userId,
      entryDate: date,
      pain,
      worstPain,
      sleepHours,
      sleepQuality: clamp(Math.round(sleepHours - 3.5 + (random() - 0.5)), 1, 5),
      stress,
      mood: clamp(Math.round(4 - pain / 3 + (random() - 0.5)), 1, 5),
      activeMinutes,
      activities,
      food: random() < 0.5 ? (MEALS[Math.floor(random() * MEALS.length)] ?? null) : null,
      notes:
        flare && i === 75 ? "Three-hour drive yesterday; back stiff and sore this morning." : null,
    });
  }
  return days;
}

type CheckIn = typeof weeklyCheckIns.$inferInsert;

/**
 * A weekly check-in every 7 days (a few weeks skipped), each drawn from that week's journal so
 * the two agree: the pain item is the week's average pain, and how much pain gets in the way
 * follows it, easing a little faster as the member gets moving again. The flare-up in the
 * journal shows as a harder week or two.
 */
export function demoCheckIns(
  userId: string,
  today: IsoDate,
  journal: readonly Day[],
  random = mulberry32(7),
): CheckIn[] {
  const painOn = new Map(journal.map((d) => [d.entryDate, d.pain]));
  const checkIns: CheckIn[] = [];
  for (let i = SEED_DAYS - 1; i >= 0; i -= 7) {
    if (random() < 0.1 && i > 14 && checkIns.length > 0) continue; // a week missed
    const checkedOn = addDays(today, -i);
    const week = Array.from({ length: 7 }, (_, back) =>
      painOn.get(addDays(checkedOn, -back)),
    ).filter((p): p is number => p !== undefined);
    const pain = Math.round(week.reduce((a, b) => a + b, 0) / Math.max(week.length, 1));
    const progress = (SEED_DAYS - i) / SEED_DAYS;
    const interference = (extra: number) =>
      clamp(Math.round(pain + extra - progress * 1.2 + (random() - 0.5) * 1.5), 0, 10);
    checkIns.push({
      userId,
      weekStart: isoWeekStart(checkedOn),
      checkedOn,
      pain,
      enjoyment: interference(0.5),
      activity: interference(1),
    });
  }
  return checkIns;
}

/** Two activities the member rates every 2 to 4 weeks (days ago), with a dip in the flare-up. */
const DEMO_ACTIVITIES = [
  {
    name: "Carry the shopping in from the car",
    ratings: [
      [175, 3],
      [154, 3],
      [133, 4],
      [112, 5],
      [91, 5],
      [70, 4],
      [49, 6],
      [28, 7],
      [7, 7],
    ],
  },
  {
    name: "Sit through a whole film",
    ratings: [
      [168, 4],
      [140, 4],
      [119, 5],
      [91, 6],
      [73, 4],
      [56, 6],
      [35, 7],
      [14, 8],
    ],
  },
] as const;

export async function seedDemoMember(
  db: Database,
  { today = isoDateOf(new Date()), passwordHash }: { today?: IsoDate; passwordHash: string },
) {
  return db.transaction(async (tx) => {
    await tx.delete(users).where(sql`lower(${users.email}) = ${DEMO_EMAIL}`);
    const [user] = await tx
      .insert(users)
      .values({
        name: "Sam Demo",
        email: DEMO_EMAIL,
        passwordHash,
        createdAt: new Date(`${addDays(today, -SEED_DAYS)}T09:00:00Z`),
      })
      .returning({ id: users.id });
    if (!user) throw new Error("demo user was not created");

    const insertAssessment = async (daysAgo: number, worstPain: number) => {
      const { columns } = assessmentColumns(flexionAnswers(worstPain));
      const [row] = await tx
        .insert(assessments)
        .values({
          userId: user.id,
          ...columns,
          createdAt: new Date(`${addDays(today, -daysAgo)}T08:30:00Z`),
        })
        .returning({ id: assessments.id });
      return row!.id;
    };
    await insertAssessment(SEED_DAYS - 1, 8);
    const latest = await insertAssessment(44, 5);

    const phase: Phase = 2;
    const phaseStartedOn = addDays(today, -33);
    const [enrollment] = await tx
      .insert(programEnrollments)
      .values({ userId: user.id, assessmentId: latest, planType: "flexion", phase, phaseStartedOn })
      .returning({ id: programEnrollments.id });

    const random = mulberry32(7);
    const sessions: (typeof exerciseSessions.$inferInsert)[] = [];
    for (let i = SEED_DAYS - 2; i >= 1; i--) {
      if (random() > 0.45) continue; // about three sessions a week
      const date = addDays(today, -i);
      const sessionPhase: Phase = date >= phaseStartedOn ? 2 : 1;
      const planned = todaysSession({
        type: "flexion",
        phase: sessionPhase,
        date,
        recentSessions: sessions.map((s) => ({ date: s.performedOn, exerciseIds: s.exerciseIds })),
      });
      const painBefore = Math.round(
        clamp(5.5 - ((SEED_DAYS - i) / SEED_DAYS) * 3 + (random() - 0.5) * 2, 0, 10),
      );
      sessions.push({
        userId: user.id,
        enrollmentId: enrollment!.id,
        performedOn: date,
        phase: sessionPhase,
        exerciseIds: [...planned.exerciseIds],
        effort: Math.round(clamp(4 + random() * 3, 1, 10)),
        painBefore,
        painAfter: clamp(painBefore - (random() < 0.7 ? 1 : 0), 0, 10),
        notes: null,
      });
    }
    await tx.insert(exerciseSessions).values(sessions);
    const journal = demoJournal(user.id, today);
    await tx.insert(journalEntries).values(journal);
    await tx.insert(weeklyCheckIns).values(demoCheckIns(user.id, today, journal));
    for (const activity of DEMO_ACTIVITIES) {
      const [row] = await tx
        .insert(progressActivities)
        .values({
          userId: user.id,
          name: activity.name,
          createdAt: new Date(`${addDays(today, -activity.ratings[0][0])}T10:00:00Z`),
        })
        .returning({ id: progressActivities.id });
      await tx.insert(activityRatings).values(
        activity.ratings.map(([daysAgo, rating]) => ({
          userId: user.id,
          activityId: row!.id,
          ratedOn: addDays(today, -daysAgo),
          rating,
        })),
      );
    }
    return { userId: user.id, plan: getPlan("flexion", phase).title, sessions: sessions.length };
  });
}
