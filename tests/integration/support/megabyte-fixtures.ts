// For the one-megabyte flood (tests/integration/hostile-megabyte.test.ts): a payload each
// server action accepts, so that flooding one field at a time leaves that field's length check
// as the only thing that can refuse it. Remove the check from one schema and the flood of that
// field is accepted and stored, and the test fails.
import { isoDateOf } from "@/lib/dates/iso-date";
import { CANDIDATE_V2 } from "@/lib/quiz/v2/test-answers";
import { HONEYPOT_FIELD } from "@/lib/validations/comment";
import type { Outcome } from "./hostile-arbitraries";

export type Fields = Record<string, string | string[]>;

export type ActionFixture = {
  /** What the action would act on. Every field in it is flooded in turn. */
  base: Fields;
  /**
   * Fields read but never stored or echoed, whose flood may end in success: the honeypot
   * (a filled one looks like success to a bot), `next` (every unusable value falls back to the
   * dashboard). For these only the time and the size of the answer are checked.
   */
  unread?: string[];
  /** The action reads no field (sign-out, start the suggested plan): only the junk floods apply. */
  noInput?: true;
  /** How this action says no. Default: an error state that explains itself. */
  refused?: (outcome: Outcome) => boolean;
  /** A plain form action, called with the form only (no previous state): how React encodes the call. */
  formOnly?: true;
  /** It says no by redirecting (no state to show): the e2e flood reads the redirect header. */
  refusesWithRedirect?: true;
};

/** Ids for fixtures sent where no row needs to exist (the e2e flood): well formed, matching nothing. */
export const PLACEHOLDER_IDS: FixtureIds = {
  commentId: "00000000-0000-4000-8000-000000000001",
  assessmentId: "00000000-0000-4000-8000-000000000002",
  enrollmentId: "00000000-0000-4000-8000-000000000003",
  journalEntryId: "00000000-0000-4000-8000-000000000004",
  sessionId: "00000000-0000-4000-8000-000000000005",
  activityId: "00000000-0000-4000-8000-000000000006",
  password: "not the member's password",
};

export type FixtureIds = {
  commentId: string;
  assessmentId: string;
  enrollmentId: string;
  journalEntryId: string;
  sessionId: string;
  activityId: string;
  password: string;
};

const redirectTo = (prefix: string) => (o: Outcome) =>
  o.kind === "redirect" && o.url.startsWith(prefix);

/** Keyed "actions/<domain>.ts#exportName"; a new action without an entry fails the test. */
export function actionFixtures(ids: FixtureIds): Record<string, ActionFixture> {
  const today = isoDateOf(new Date());
  const fresh = () =>
    `flood.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@example.test`;
  const quiz: Fields = Object.fromEntries(
    Object.entries(CANDIDATE_V2)
      .filter(([, value]) => !Array.isArray(value)) // an unticked multi-select sends nothing
      .map(([key, value]) => [key, String(value)]),
  );
  return {
    "actions/auth.ts#signUpAction": {
      base: {
        name: "Flood Tester",
        email: fresh(),
        password: "a long and unusual passphrase",
        next: "/journal",
      },
      unread: ["next"],
    },
    "actions/auth.ts#signInAction": {
      base: { email: fresh(), password: "a long and unusual passphrase", next: "/journal" },
      unread: ["next"],
    },
    "actions/auth.ts#signInWithProviderAction": {
      base: { provider: "google", next: "/journal" },
      unread: ["next"],
      refused: redirectTo("/sign-in"),
      refusesWithRedirect: true,
    },
    "actions/auth.ts#forgotPasswordAction": { base: { email: fresh() } },
    "actions/auth.ts#resetPasswordAction": {
      base: { token: "a".repeat(43), password: "a long and unusual passphrase" },
    },
    "actions/account.ts#updateNameAction": { base: { name: "Renamed Member" } },
    "actions/account.ts#changeEmailAction": {
      base: { email: fresh(), currentPassword: ids.password },
    },
    "actions/account.ts#confirmEmailChangeAction": { base: { token: "b".repeat(43) } },
    "actions/account.ts#changePasswordAction": {
      base: { currentPassword: "not the current password", newPassword: "another long passphrase" },
    },
    "actions/account.ts#signOutAction": { base: {}, noInput: true },
    "actions/account.ts#signOutEverywhereAction": { base: {}, noInput: true },
    // A wrong password: a flood that got through would still not delete the member mid-test.
    "actions/account.ts#deleteAccountAction": { base: { password: "not the current password" } },
    "actions/program.ts#startProgramAction": {
      base: { assessmentId: ids.assessmentId },
      refused: (o) => o.kind === "not-found",
    },
    "actions/journal.ts#saveJournalEntryAction": {
      base: {
        date: today,
        pain: "3",
        worstPain: "5",
        sleepHours: "7.5",
        sleepQuality: "3",
        stress: "4",
        mood: "3",
        activeMinutes: "30",
        activities: JSON.stringify([{ name: "Walk", response: "better" }]),
        food: "Porridge",
        notes: "A calm day",
      },
    },
    "actions/journal.ts#deleteJournalEntryAction": { base: { id: ids.journalEntryId } },
    "actions/program.ts#logExerciseSessionAction": {
      base: {
        date: today,
        exerciseIds: ["walk-short-bouts", "cat-camel"],
        effort: "4",
        painBefore: "5",
        painAfter: "4",
        notes: "Went well",
        // The guided session player's fields: a device-made key and one rating per exercise.
        sessionKey: "5f0c7a52-3c1e-4d8b-9a6f-1e2d3c4b5a69",
        rating: ["walk-short-bouts:about-right", "cat-camel:too-easy"],
      },
    },
    "actions/progress.ts#saveWeeklyCheckInAction": {
      base: { pain: "4", enjoyment: "3", activity: "3" },
    },
    "actions/progress.ts#addActivityAction": { base: { name: "Carry shopping", rating: "4" } },
    "actions/progress.ts#rateActivityAction": { base: { activityId: ids.activityId, rating: "5" } },
    "actions/progress.ts#renameActivityAction": {
      base: { activityId: ids.activityId, name: "Carry the shopping in" },
    },
    "actions/progress.ts#archiveActivityAction": { base: { activityId: ids.activityId } },
    "actions/reminders.ts#saveReminderPlanAction": {
      base: {
        enabled: "on",
        sessionDays: ["1", "3"],
        windowStart: "17:00",
        windowEnd: "19:00",
        timeZone: "Europe/London",
        quietStart: "22:00",
        quietEnd: "07:00",
        session: "on",
        journal: "on",
        digest: "on",
        milestone: "on",
      },
    },
    "actions/reminders.ts#newCalendarFeedAction": { base: {}, noInput: true },
    "actions/reminders.ts#revokeCalendarFeedAction": { base: {}, noInput: true },
    "actions/share-links.ts#createShareLinkAction": {
      base: {
        expiryDays: "14",
        from: "2026-09-01",
        to: "2026-11-30",
        sections: ["quiz", "trend"],
      },
    },
    // Any well-formed id that is no link of the member's: the flood is refused as "not found".
    "actions/share-links.ts#revokeShareLinkAction": { base: { linkId: ids.activityId } },
    "actions/visit-pack.ts#saveVisitPackNotesAction": {
      base: {
        mainConcern: "Long drives",
        whatChanged: "Walking more",
        questions: "Can I keep running?",
        set: "1",
        range: "custom",
        from: "2026-01-01",
        to: "2026-02-01",
        section: ["quiz", "notes"],
      },
      // The pack's choice, parsed like the page's query: a value too long to be valid is not
      // read, and the choice falls back to the default.
      unread: ["set", "range", "from", "to", "section"],
    },
    "actions/program.ts#deleteExerciseSessionAction": { base: { id: ids.sessionId } },
    "actions/program.ts#changeProgramPhaseAction": {
      base: { enrollmentId: ids.enrollmentId, direction: "back" },
    },
    "actions/program.ts#declareFlareUpAction": {
      base: { enrollmentId: ids.enrollmentId, declared: "start" },
    },
    "actions/comments.ts#postCommentAction": {
      base: {
        slug: "walking-for-lower-back-pain",
        name: "Flood Tester",
        email: fresh(),
        body: "A comment of a sensible length.",
        [HONEYPOT_FIELD]: "",
      },
      unread: [HONEYPOT_FIELD],
    },
    "actions/quiz.ts#submitQuizAction": { base: quiz },
    // A form action that answers by redirecting: a flooded lesson is not found, a flooded
    // answer goes back to the question ("?answer=") with nothing written.
    "actions/learn.ts#answerLessonAction": {
      base: { lesson: "why-backs-hurt", answer: "b" },
      formOnly: true,
      refused: (o) =>
        o.kind === "not-found" || (o.kind === "redirect" && o.url.endsWith("?answer=#check")),
    },
    "actions/admin.ts#moderateCommentAction": {
      base: { id: ids.commentId, decision: "approved" },
      refused: redirectTo("/admin?moderated=invalid"),
      refusesWithRedirect: true,
    },
  };
}
