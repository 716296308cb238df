import { getDb } from "@/db";
import {
  activityRatings,
  assessments,
  comments,
  emailOutbox,
  exerciseDoseLevels,
  exerciseSessions,
  journalEntries,
  lessonProgress,
  passwordResetTokens,
  programEnrollments,
  progressActivities,
  reminderMessages,
  reminderPlans,
  shareLinks,
  users,
  visitPackNotes,
  weeklyCheckIns,
} from "@/db/schema";
import { newShareToken } from "@/lib/share-links/share-token";

let counter = 0;

export async function createUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  counter += 1;
  const [user] = await db
    .insert(users)
    .values({
      name: `Member ${counter}`,
      email: `member${counter}.${Date.now()}@example.test`,
      ...overrides,
    })
    .returning({ id: users.id, email: users.email, name: users.name });
  if (!user) throw new Error("insert returned no user");
  return user;
}

/** One row in every table that holds a member's data. */
export async function createEverythingFor(userId: string) {
  const db = await getDb();
  const [assessment] = await db
    .insert(assessments)
    .values({
      userId,
      quizVersion: 1,
      answers: { worstPain: 6 },
      outcome: "candidate",
      resultType: "flexion",
      runnerUp: "load",
      category: "C",
      worstPain: 6,
      scores: { flexion: 7, extension: 1, instability: 1, load: 2 },
    })
    .returning({ id: assessments.id });
  const [enrollment] = await db
    .insert(programEnrollments)
    .values({
      userId,
      assessmentId: assessment!.id,
      planType: "flexion",
      phaseStartedOn: "2026-11-01",
    })
    .returning({ id: programEnrollments.id });
  await db.insert(exerciseSessions).values({
    userId,
    enrollmentId: enrollment!.id,
    performedOn: "2026-11-02",
    phase: 1,
    exerciseIds: ["walk"],
    effort: 4,
    painBefore: 5,
    painAfter: 4,
    clientKey: crypto.randomUUID(),
    ratings: { walk: "about-right" },
  });
  await db
    .insert(exerciseDoseLevels)
    .values({ userId, exerciseId: "cat-camel", phase: 1, level: 1, easyStreak: 0 });
  await db
    .insert(journalEntries)
    .values({ userId, entryDate: "2026-11-02", pain: 4, worstPain: 6 });
  await db
    .insert(comments)
    .values({ userId, articleSlug: "walking", name: "M", email: "m@example.test", body: "Thanks" });
  await db
    .insert(emailOutbox)
    .values({ userId, toAddress: "m@example.test", subject: "Hi", textBody: "Hi", kind: "test" });
  await db
    .insert(passwordResetTokens)
    .values({ userId, tokenHash: `hash-${userId}`, expiresAt: new Date(Date.now() + 60_000) });
  await db.insert(weeklyCheckIns).values({
    userId,
    weekStart: "2026-10-26",
    checkedOn: "2026-11-01",
    pain: 5,
    enjoyment: 4,
    activity: 4,
  });
  const [activity] = await db
    .insert(progressActivities)
    .values({ userId, name: "Carry shopping from the car" })
    .returning({ id: progressActivities.id });
  await db
    .insert(activityRatings)
    .values({ userId, activityId: activity!.id, ratedOn: "2026-11-01", rating: 4 });
  await db
    .insert(lessonProgress)
    .values({ userId, lessonId: "why-backs-hurt", answeredCorrectly: true });
  await db.insert(reminderPlans).values({
    userId,
    enabled: true,
    sessionDays: [1, 3, 5],
    windowStart: 1020,
    windowEnd: 1140,
    timeZone: "Europe/London",
    quietStart: 1320,
    quietEnd: 420,
    calendarTokenHash: `calendar-hash-${userId}`,
  });
  await db
    .insert(reminderMessages)
    .values({ userId, kind: "session_nudge", localDay: "2026-11-02" });
  const { tokenHash } = newShareToken();
  await db.insert(shareLinks).values({
    userId,
    tokenHash,
    fromDate: "2026-09-01",
    toDate: "2026-11-01",
    sections: ["trend"],
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  await db.insert(visitPackNotes).values({
    userId,
    mainConcern: "Long drives",
    rangeDays: 90,
    sections: ["quiz", "notes"],
  });
}
