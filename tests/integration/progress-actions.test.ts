import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { activityRatings, progressActivities, weeklyCheckIns } from "@/db/schema";
import { getProgress, getProgressSummary } from "@/db/queries/progress";
import { idleState } from "@/lib/action-state";
import { isoDateOf } from "@/lib/dates/iso-date";
import { isoWeekStart } from "@/lib/progress/check-in";
import { createUser } from "./factories";
import { session as signedIn, signedInUser } from "./support/session";

// /progress's server actions as a member calls them (docs/product.md §9), on whichever driver
// DATABASE_URL selects.

vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));

const {
  saveWeeklyCheckInAction,
  addActivityAction,
  rateActivityAction,
  renameActivityAction,
  archiveActivityAction,
} = await import("@/actions/progress");

const today = isoDateOf(new Date());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

async function signInAsNewMember() {
  const user = await createUser();
  signedIn.user = { id: user.id, name: user.name ?? "", email: user.email, role: "member" };
  return user;
}

async function rowsOf(userId: string) {
  const db = await getDb();
  const [checkIns, activities, ratings] = await Promise.all([
    db.select().from(weeklyCheckIns).where(eq(weeklyCheckIns.userId, userId)),
    db.select().from(progressActivities).where(eq(progressActivities.userId, userId)),
    db.select().from(activityRatings).where(eq(activityRatings.userId, userId)),
  ]);
  return { checkIns, activities, ratings };
}

async function addOne(name: string, rating = "4") {
  const result = await addActivityAction(idleState, form({ name, rating }));
  expect(result.status).toBe("success");
  const { activities } = await getProgress({ userId: signedInUser().id });
  return activities.find((a) => a.name === name)!.id;
}

describe("the weekly check-in", () => {
  beforeEach(signInAsNewMember);

  it("is one per ISO week: a second save the same week edits it", async () => {
    const first = await saveWeeklyCheckInAction(
      idleState,
      form({ pain: "6", enjoyment: "5", activity: "4" }),
    );
    expect(first).toMatchObject({ status: "success" });
    expect(first.message).toContain("weekly score is 5");
    const second = await saveWeeklyCheckInAction(
      idleState,
      form({ pain: "4", enjoyment: "3", activity: "3" }),
    );
    expect(second.message).toMatch(/^Updated/);
    const { checkIns } = await rowsOf(signedInUser().id);
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0]).toMatchObject({
      weekStart: isoWeekStart(today),
      checkedOn: today,
      pain: 4,
      enjoyment: 3,
      activity: 3,
    });
    expect(await getProgressSummary({ userId: signedInUser().id, from: today })).toEqual({
      lastCheckedOn: today,
      lastRatedOn: [],
      lessonsDone: [],
      recentCheckIns: [{ date: today, score: 3.3 }],
    });
  });

  it("refuses out-of-range, missing and oversized ratings with field messages, writing nothing", async () => {
    for (const fields of [
      { pain: "11", enjoyment: "5", activity: "4" },
      { pain: "-1", enjoyment: "5", activity: "4" },
      { pain: "3.5", enjoyment: "5", activity: "4" },
      { pain: "3", enjoyment: "", activity: "4" },
      { pain: "3", enjoyment: "5", activity: "9".repeat(100_000) },
    ]) {
      const result = await saveWeeklyCheckInAction(idleState, form(fields));
      expect(result.status).toBe("error");
      expect(Object.keys(result.fieldErrors ?? {}).length).toBe(1);
    }
    expect((await rowsOf(signedInUser().id)).checkIns).toHaveLength(0);
  });
});

describe("my activities", () => {
  beforeEach(signInAsNewMember);

  it("adds an activity with its first rating, re-rates it, renames it keeping its history, and archives it", async () => {
    const id = await addOne("Carry shopping from the car", "3");
    expect(
      (await rateActivityAction(idleState, form({ activityId: id, rating: "5" }))).status,
    ).toBe("success");
    // Rated twice today: the day's rating is edited, not duplicated.
    let progress = await getProgress({ userId: signedInUser().id });
    expect(progress.activities[0]?.ratings).toEqual([{ ratedOn: today, rating: 5 }]);

    const renamed = await renameActivityAction(
      idleState,
      form({ activityId: id, name: "  Carry the shopping in  " }),
    );
    expect(renamed.status).toBe("success");
    progress = await getProgress({ userId: signedInUser().id });
    expect(progress.activities[0]).toMatchObject({
      id,
      name: "Carry the shopping in",
      ratings: [{ ratedOn: today, rating: 5 }],
    });

    expect((await archiveActivityAction(idleState, form({ activityId: id }))).status).toBe(
      "success",
    );
    expect((await getProgress({ userId: signedInUser().id })).activities).toEqual([]);
    const rows = await rowsOf(signedInUser().id);
    expect(rows.activities[0]?.archivedAt).not.toBeNull();
    expect(rows.ratings).toHaveLength(1); // history kept
    // An archived activity can no longer be rated or renamed.
    const rateArchived = await rateActivityAction(idleState, form({ activityId: id, rating: "6" }));
    expect(rateArchived).toMatchObject({
      status: "error",
      message: "That activity was not found.",
    });
  });

  it("keeps at most five active activities; archived ones do not count", async () => {
    const ids = [];
    for (let i = 1; i <= 5; i++) ids.push(await addOne(`Activity ${i}`));
    const sixth = await addActivityAction(idleState, form({ name: "Activity 6", rating: "4" }));
    expect(sixth.status).toBe("error");
    expect(sixth.fieldErrors?.name?.[0]).toMatch(/up to 5/);
    expect((await rowsOf(signedInUser().id)).activities).toHaveLength(5);

    await archiveActivityAction(idleState, form({ activityId: ids[0]! }));
    expect(
      (await addActivityAction(idleState, form({ name: "Activity 6", rating: "4" }))).status,
    ).toBe("success");
    const rows = await rowsOf(signedInUser().id);
    expect(rows.activities.filter((a) => a.archivedAt === null)).toHaveLength(5);
    expect(rows.activities).toHaveLength(6);
  });

  it("refuses a blank, oversized or unstorable name with a field message and writes nothing", async () => {
    for (const name of ["   ", "x".repeat(81), "x".repeat(1_000_000), "bad\u0000name"]) {
      const result = await addActivityAction(idleState, form({ name, rating: "4" }));
      expect(result.status).toBe("error");
      expect(result.fieldErrors?.name?.length).toBe(1);
    }
    const badRating = await addActivityAction(idleState, form({ name: "Walk", rating: "12" }));
    expect(badRating.fieldErrors?.rating?.length).toBe(1);
    const rows = await rowsOf(signedInUser().id);
    expect(rows.activities).toHaveLength(0);
    expect(rows.ratings).toHaveLength(0);
  });

  it("answers not found for another member's activity on every action, changing nothing", async () => {
    const ownerId = signedInUser().id;
    const theirs = await addOne("Gardening", "4");
    const before = await rowsOf(ownerId);

    await signInAsNewMember();
    const notFound = { status: "error", message: "That activity was not found." };
    expect(
      await rateActivityAction(idleState, form({ activityId: theirs, rating: "9" })),
    ).toMatchObject(notFound);
    expect(
      await renameActivityAction(idleState, form({ activityId: theirs, name: "Mine now" })),
    ).toMatchObject(notFound);
    expect(await archiveActivityAction(idleState, form({ activityId: theirs }))).toMatchObject(
      notFound,
    );
    for (const activityId of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect(await archiveActivityAction(idleState, form({ activityId }))).toMatchObject(notFound);
    }
    expect(await rowsOf(ownerId)).toEqual(before);
    expect(await rowsOf(signedInUser().id)).toEqual({ checkIns: [], activities: [], ratings: [] });
  });
});
