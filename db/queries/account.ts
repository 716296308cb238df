import "server-only";
import { and, asc, eq, like, or } from "drizzle-orm";
import { getDb } from "@/db";
import {
  accounts,
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
  users,
  verificationTokens,
  visitPackNotes,
  weeklyCheckIns,
} from "@/db/schema";
import { emailChangeIdentifierPrefix } from "./email-change";
import { listShareLinks } from "./share-links";

// A member's data rights: everything of theirs in one export, and deletion
// of all of it. Every query is keyed by the signed-in member's id; nothing
// here takes an id from a request.
//
// Left out of the export, on purpose: the password hash, reset and
// confirmation token hashes, and social sign-in tokens (secrets that would
// let whoever holds the file act as the member; share links go out without their token
// hash, and the raw token was never stored), and rate-limit counters
// (keyed by HMACs of the email, not stored against the member).

export const EXPORT_FORMAT = "lbpfix-export-1";

export async function exportAccountData({ userId }: { userId: string }) {
  const db = await getDb();
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      image: users.image,
      role: users.role,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;

  const [
    linkedAccounts,
    quizResults,
    enrollments,
    sessions,
    doseLevels,
    journal,
    memberComments,
    emails,
    resets,
    emailChanges,
    checkIns,
    activities,
    ratings,
    lessons,
    reminderPlan,
    reminders,
    links,
    packNotes,
  ] = await Promise.all([
    db
      .select({
        provider: accounts.provider,
        providerAccountId: accounts.providerAccountId,
        type: accounts.type,
        scope: accounts.scope,
      })
      .from(accounts)
      .where(eq(accounts.userId, userId)),
    db
      .select()
      .from(assessments)
      .where(eq(assessments.userId, userId))
      .orderBy(asc(assessments.createdAt)),
    db
      .select()
      .from(programEnrollments)
      .where(eq(programEnrollments.userId, userId))
      .orderBy(asc(programEnrollments.createdAt)),
    db
      .select()
      .from(exerciseSessions)
      .where(eq(exerciseSessions.userId, userId))
      .orderBy(asc(exerciseSessions.performedOn)),
    db
      .select()
      .from(exerciseDoseLevels)
      .where(eq(exerciseDoseLevels.userId, userId))
      .orderBy(asc(exerciseDoseLevels.exerciseId)),
    db
      .select()
      .from(journalEntries)
      .where(eq(journalEntries.userId, userId))
      .orderBy(asc(journalEntries.entryDate)),
    db.select().from(comments).where(eq(comments.userId, userId)).orderBy(asc(comments.createdAt)),
    db
      .select({
        id: emailOutbox.id,
        to: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        kind: emailOutbox.kind,
        createdAt: emailOutbox.createdAt,
        sentAt: emailOutbox.sentAt,
      })
      .from(emailOutbox)
      .where(eq(emailOutbox.userId, userId))
      .orderBy(asc(emailOutbox.createdAt)),
    db
      .select({
        id: passwordResetTokens.id,
        createdAt: passwordResetTokens.createdAt,
        expiresAt: passwordResetTokens.expiresAt,
        usedAt: passwordResetTokens.usedAt,
      })
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, userId))
      .orderBy(asc(passwordResetTokens.createdAt)),
    db
      .select({ identifier: verificationTokens.identifier, expires: verificationTokens.expires })
      .from(verificationTokens)
      .where(like(verificationTokens.identifier, `${emailChangeIdentifierPrefix(userId)}%`)),
    db
      .select()
      .from(weeklyCheckIns)
      .where(eq(weeklyCheckIns.userId, userId))
      .orderBy(asc(weeklyCheckIns.weekStart)),
    db
      .select()
      .from(progressActivities)
      .where(eq(progressActivities.userId, userId))
      .orderBy(asc(progressActivities.createdAt)),
    db
      .select()
      .from(activityRatings)
      .where(eq(activityRatings.userId, userId))
      .orderBy(asc(activityRatings.ratedOn)),
    db
      .select({
        lessonId: lessonProgress.lessonId,
        answeredCorrectly: lessonProgress.answeredCorrectly,
        completedAt: lessonProgress.completedAt,
        updatedAt: lessonProgress.updatedAt,
      })
      .from(lessonProgress)
      .where(eq(lessonProgress.userId, userId))
      .orderBy(asc(lessonProgress.completedAt)),
    // The calendar feed's token hash stays out, like every other token hash.
    db
      .select({
        enabled: reminderPlans.enabled,
        sessionDays: reminderPlans.sessionDays,
        windowStart: reminderPlans.windowStart,
        windowEnd: reminderPlans.windowEnd,
        timeZone: reminderPlans.timeZone,
        quietStart: reminderPlans.quietStart,
        quietEnd: reminderPlans.quietEnd,
        sendSession: reminderPlans.sendSession,
        sendJournal: reminderPlans.sendJournal,
        sendDigest: reminderPlans.sendDigest,
        sendMilestone: reminderPlans.sendMilestone,
        unsubscribedAt: reminderPlans.unsubscribedAt,
        createdAt: reminderPlans.createdAt,
        updatedAt: reminderPlans.updatedAt,
      })
      .from(reminderPlans)
      .where(eq(reminderPlans.userId, userId)),
    db
      .select({
        kind: reminderMessages.kind,
        localDay: reminderMessages.localDay,
        createdAt: reminderMessages.createdAt,
      })
      .from(reminderMessages)
      .where(eq(reminderMessages.userId, userId))
      .orderBy(asc(reminderMessages.createdAt)),
    listShareLinks({ userId }),
    db.select().from(visitPackNotes).where(eq(visitPackNotes.userId, userId)),
  ]);

  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    user,
    linkedAccounts,
    assessments: quizResults,
    programEnrollments: enrollments,
    exerciseSessions: sessions,
    exerciseDoseLevels: doseLevels,
    journalEntries: journal,
    weeklyCheckIns: checkIns,
    progressActivities: activities,
    activityRatings: ratings,
    lessonProgress: lessons,
    shareLinks: links,
    visitPackNotes: packNotes,
    comments: memberComments,
    reminderPlans: reminderPlan,
    reminderMessages: reminders,
    emails,
    passwordResets: resets,
    pendingEmailChanges: emailChanges.map((c) => ({
      newEmail: c.identifier.slice(emailChangeIdentifierPrefix(userId).length),
      expires: c.expires,
    })),
  };
}

export async function getJournalForCsv({ userId }: { userId: string }) {
  const db = await getDb();
  return db
    .select({
      entryDate: journalEntries.entryDate,
      pain: journalEntries.pain,
      worstPain: journalEntries.worstPain,
      sleepHours: journalEntries.sleepHours,
      sleepQuality: journalEntries.sleepQuality,
      stress: journalEntries.stress,
      mood: journalEntries.mood,
      activeMinutes: journalEntries.activeMinutes,
      activities: journalEntries.activities,
      food: journalEntries.food,
      notes: journalEntries.notes,
    })
    .from(journalEntries)
    .where(eq(journalEntries.userId, userId))
    .orderBy(asc(journalEntries.entryDate));
}

/** The member's session log for CSV, oldest first, with the guided sessions' ratings. */
export async function getSessionsForCsv({ userId }: { userId: string }) {
  const db = await getDb();
  return db
    .select({
      performedOn: exerciseSessions.performedOn,
      phase: exerciseSessions.phase,
      exerciseIds: exerciseSessions.exerciseIds,
      effort: exerciseSessions.effort,
      painBefore: exerciseSessions.painBefore,
      painAfter: exerciseSessions.painAfter,
      ratings: exerciseSessions.ratings,
      notes: exerciseSessions.notes,
    })
    .from(exerciseSessions)
    .where(eq(exerciseSessions.userId, userId))
    .orderBy(asc(exerciseSessions.performedOn), asc(exerciseSessions.createdAt));
}

/**
 * Deletes the member and, through ON DELETE CASCADE, every row that refers
 * to them; the pending email-change tokens (which have no foreign key) go
 * in the same transaction. Returns the email they had, for the caller to
 * clear rate-limit counters, or null when there was no such member.
 */
export async function deleteAccount({
  userId,
}: {
  userId: string;
}): Promise<{ email: string } | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(users)
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    if (!gone) return null;
    await tx
      .delete(verificationTokens)
      .where(
        or(
          like(verificationTokens.identifier, `${emailChangeIdentifierPrefix(userId)}%`),
          eq(verificationTokens.identifier, gone.email),
        ),
      );
    return { email: gone.email };
  });
}

/** Check-ins and every activity rating (archived activities too), oldest first, for the CSV. */
export async function getProgressForCsv({ userId }: { userId: string }) {
  const db = await getDb();
  const [checkIns, ratings] = await Promise.all([
    db
      .select({
        weekStart: weeklyCheckIns.weekStart,
        checkedOn: weeklyCheckIns.checkedOn,
        pain: weeklyCheckIns.pain,
        enjoyment: weeklyCheckIns.enjoyment,
        activity: weeklyCheckIns.activity,
      })
      .from(weeklyCheckIns)
      .where(eq(weeklyCheckIns.userId, userId))
      .orderBy(asc(weeklyCheckIns.weekStart)),
    db
      .select({
        ratedOn: activityRatings.ratedOn,
        name: progressActivities.name,
        archivedAt: progressActivities.archivedAt,
        rating: activityRatings.rating,
      })
      .from(activityRatings)
      .innerJoin(progressActivities, eq(progressActivities.id, activityRatings.activityId))
      .where(and(eq(activityRatings.userId, userId), eq(progressActivities.userId, userId)))
      .orderBy(asc(progressActivities.createdAt), asc(activityRatings.ratedOn)),
  ]);
  return {
    checkIns,
    ratings: ratings.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null })),
  };
}

/** The member's saved visit pack notes (at most one row), for the CSV. */
export async function getVisitPackNotesForCsv({ userId }: { userId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      whatChanged: visitPackNotes.whatChanged,
      mainConcern: visitPackNotes.mainConcern,
      questions: visitPackNotes.questions,
      rangeDays: visitPackNotes.rangeDays,
      rangeFrom: visitPackNotes.rangeFrom,
      rangeTo: visitPackNotes.rangeTo,
      sections: visitPackNotes.sections,
      updatedAt: visitPackNotes.updatedAt,
    })
    .from(visitPackNotes)
    .where(eq(visitPackNotes.userId, userId));
  return row ?? null;
}
