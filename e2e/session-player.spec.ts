// The guided session player (issue 18, docs/product.md §8): one exercise at a time with a
// countdown, saved once through the log form's server path, and usable by keyboard alone.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";

test.use({ viewport: { width: 375, height: 740 } });

/** Today's phase-1 flexion session, in the player's order. */
const SESSION = [
  "Short walks",
  "Sitting breaks",
  "Log-roll out of bed",
  "Supported sitting",
  "Abdominal bracing",
  "Lying on your elbows",
];

/** Freezes the page's clock where it is; `runFor` then moves it, firing the player's timers. */
async function freezeClock(page: Page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
}

/** Axe waits on timers, so it runs with the clock flowing: only while no countdown runs. */
async function expectNoAxeViolationsWhileStill(page: Page) {
  await page.clock.resume();
  await expectNoAxeViolations(page);
  await freezeClock(page);
}

const exerciseHeading = (page: Page, name: string) =>
  page.getByRole("heading", { level: 1, name, exact: true });

async function choose(page: Page, group: string, option: string) {
  await page.getByRole("group", { name: group }).getByText(option, { exact: true }).click();
}

async function sessionsOnProgram(page: Page) {
  await page.goto("/program");
  return page.getByRole("list", { name: "Sessions, newest first" }).getByRole("listitem");
}

test("a member follows today's session: the hold countdown runs and moves on, one skipped, the rest rated, saved once", async ({
  page,
}) => {
  await page.clock.install();
  await signInAs(page, E2E_MEMBERS.player.email);
  await page.getByRole("link", { name: "Start today's session" }).click();
  await expect(page).toHaveURL(/\/program\/session$/);
  await expect(page.getByRole("heading", { level: 1, name: "Today's session" })).toBeVisible();
  await expectNoAxeViolations(page);
  await freezeClock(page);

  // Pain before is asked first.
  await page.getByRole("button", { name: "Start the session" }).click();
  await expect(
    page.getByText("Choose a number for how much pain you have right now"),
  ).toBeVisible();
  await choose(page, "Pain right now (required)", "4");
  await page.getByRole("button", { name: "Start the session" }).click();
  await expectNoAxeViolationsWhileStill(page);

  // 1. The walk: a 10-minute countdown, run to zero.
  await expect(exerciseHeading(page, SESSION[0]!)).toBeFocused();
  await expect(page.getByText("Exercise 1 of 6")).toBeVisible();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByRole("timer")).toHaveText("10:00");
  await page.clock.runFor(60_000);
  await expect(page.getByRole("timer")).toHaveText("9:00");
  await page.getByRole("button", { name: "Pause" }).click();
  await expectNoAxeViolationsWhileStill(page);
  await page.clock.runFor(120_000);
  await expect(page.getByRole("timer")).toHaveText("9:00");
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(9 * 60_000);
  await expect(page.getByText("Done", { exact: true })).toBeVisible();

  // Moving on needs nothing from the server: everything came with the page.
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.getByRole("button", { name: "Next exercise" }).click();
  await expect(exerciseHeading(page, SESSION[1]!)).toBeFocused();

  // 2. Skipped.
  await page.getByRole("button", { name: "Skip this one" }).click();
  // 3 and 4: habits with no count, done when the person says.
  await expect(exerciseHeading(page, SESSION[2]!)).toBeFocused();
  await page.getByRole("button", { name: "Done, next exercise" }).click();
  await expect(exerciseHeading(page, SESSION[3]!)).toBeFocused();
  await page.getByRole("button", { name: "Done, next exercise" }).click();

  // 5. Ten 10-second holds: the countdown reaches zero and moves on to a rest, then the next hold.
  await expect(exerciseHeading(page, SESSION[4]!)).toBeFocused();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByText("Hold 1 of 10")).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText("10");
  await page.clock.runFor(10_000);
  await expect(page.getByText("Rest", { exact: true })).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText("5");
  await page.getByRole("button", { name: "Pause" }).click();
  await expectNoAxeViolationsWhileStill(page);
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(5_000);
  await expect(page.getByText("Hold 2 of 10")).toBeVisible();
  await page.clock.runFor(9 * 15_000);
  await page.getByRole("button", { name: "Next exercise" }).click();

  // 6. Two minutes, then the end.
  await expect(exerciseHeading(page, SESSION[5]!)).toBeFocused();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await page.clock.runFor(120_000);
  await page.getByRole("button", { name: "Finish" }).click();
  expect(requests).toEqual([]);

  await expect(page.getByRole("heading", { level: 1, name: "How did it go?" })).toBeFocused();
  await expect(page.getByText("You did 5 of 6 exercises.")).toBeVisible();
  await expectNoAxeViolationsWhileStill(page);
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Choose a number for your pain now")).toBeVisible();
  await choose(page, "Pain now (required)", "2");
  await choose(page, "Effort (required)", "5");
  // Only exercises whose dose can move are rated; the daily habits keep theirs.
  await expect(page.getByRole("group", { name: SESSION[0]! })).toHaveCount(0);
  await choose(page, SESSION[4]!, "Too easy");
  await choose(page, SESSION[5]!, "Too hard");
  // A double tap sends one session.
  await page.getByRole("button", { name: "Save session" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: "Session saved" })).toBeVisible();
  await expectNoAxeViolationsWhileStill(page);

  const sessions = await sessionsOnProgram(page);
  await expect(sessions).toHaveCount(1);
  await expect(sessions.first()).toContainText("Pain 4 → 2");
  for (const name of [SESSION[0]!, SESSION[2]!, SESSION[3]!, SESSION[4]!, SESSION[5]!]) {
    await expect(sessions.first()).toContainText(name);
  }
  await expect(sessions.first()).not.toContainText(SESSION[1]!);
});

test("a save whose answer never arrives is kept on the phone, retried, and stored once", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.playerRetry.email, undefined, "/program/session");
  await choose(page, "Pain right now (required)", "3");
  await page.getByRole("button", { name: "Start the session" }).click();
  await page.getByRole("button", { name: "Skip this one" }).click();
  await page.getByRole("button", { name: "Skip this one" }).click();
  await page.getByRole("button", { name: "Done, next exercise" }).click();
  await page.getByRole("button", { name: "End session" }).click();
  await choose(page, "Pain now (required)", "3");
  await choose(page, "Effort (required)", "2");

  // Offline: the session is kept on the phone.
  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByText("Saved on this phone, sending…")).toBeVisible();

  // Back online, the retry reaches the server but its answer is lost on the way back; the
  // next retry sends the same session again, and the server keeps it once.
  let lost = 0;
  await page.route("**/program/session", async (route) => {
    if (route.request().method() === "POST" && lost === 0) {
      lost += 1;
      await route.fetch();
      await route.abort("internetdisconnected");
    } else {
      await route.fallback();
    }
  });
  await page.context().setOffline(false);
  await expect(page.getByRole("heading", { level: 1, name: "Session saved" })).toBeVisible({
    timeout: 15_000,
  });
  expect(lost).toBe(1);

  const sessions = await sessionsOnProgram(page);
  await expect(sessions).toHaveCount(1);
  await expect(sessions.first()).toContainText("Log-roll out of bed");
});

test("the whole session works from the keyboard alone", async ({ page }) => {
  await page.clock.install();
  await signInAs(page, E2E_MEMBERS.playerKeys.email, undefined, "/program/session");
  await freezeClock(page);

  /** Tabs forward until the focused element is the named control, then presses `key`. */
  async function tabTo(name: string, key = "Enter") {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return (
          el?.getAttribute("aria-label") ??
          el?.closest("label")?.textContent ??
          el?.textContent ??
          ""
        ).trim();
      });
      if (focused === name) {
        await page.keyboard.press(key);
        return;
      }
    }
    throw new Error(`Tab never reached "${name}"`);
  }

  // Radios: Tab into the group, arrows to the value.
  await tabTo("0", "ArrowRight");
  await page.keyboard.press("ArrowRight"); // 2
  await tabTo("Start the session");
  await expect(exerciseHeading(page, SESSION[0]!)).toBeFocused();
  await tabTo("Start");
  await page.clock.runFor(600_000);
  await tabTo("Next exercise");
  await expect(exerciseHeading(page, SESSION[1]!)).toBeFocused();
  await tabTo("Skip this one");
  await expect(exerciseHeading(page, SESSION[2]!)).toBeFocused();
  await tabTo("Back");
  await expect(exerciseHeading(page, SESSION[1]!)).toBeFocused();
  await tabTo("Skip this one");
  await tabTo("Done, next exercise");
  await expect(exerciseHeading(page, SESSION[3]!)).toBeFocused();
  await tabTo("End session");
  await expect(page.getByRole("heading", { level: 1, name: "How did it go?" })).toBeFocused();
  await tabTo("0", "ArrowRight"); // pain now 1
  await tabTo("1", "ArrowRight"); // effort 2
  await tabTo("Save session");
  await expect(page.getByRole("heading", { level: 1, name: "Session saved" })).toBeFocused();

  const sessions = await sessionsOnProgram(page);
  await expect(sessions).toHaveCount(1);
  await expect(sessions.first()).toContainText("Pain 2 → 1");
});

test("two sessions rating an exercise too easy move its next dose up a step, shown in the player and on /program", async ({
  page,
}) => {
  await page.clock.install();
  await signInAs(page, E2E_MEMBERS.playerDose.email, undefined, "/program/session");
  const bracing = page.getByRole("listitem").filter({ hasText: SESSION[4]! });
  await expect(bracing).toContainText("10 holds of 10 seconds");

  for (let round = 1; round <= 2; round++) {
    await page.goto("/program/session");
    await freezeClock(page);
    await choose(page, "Pain right now (required)", "3");
    await page.getByRole("button", { name: "Start the session" }).click();
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Skip this one" }).click();
    await expect(exerciseHeading(page, SESSION[4]!)).toBeFocused();
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await page.clock.runFor(10 * 15_000);
    await page.getByRole("button", { name: "Next exercise" }).click();
    await page.getByRole("button", { name: "End session" }).click();
    await choose(page, "Pain now (required)", "2");
    await choose(page, "Effort (required)", "3");
    await choose(page, SESSION[4]!, "Too easy");
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Session saved" })).toBeVisible();
  }

  await page.goto("/program/session");
  await expect(bracing).not.toContainText("10 holds of 10 seconds");
  await choose(page, "Pain right now (required)", "3");
  await page.getByRole("button", { name: "Start the session" }).click();
  for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Skip this one" }).click();
  await expect(page.getByText("(adjusted from your last sessions)")).toBeVisible();

  await page.goto("/program");
  await expect(
    page
      .getByRole("region", { name: "Today's session" })
      .getByText(/adjusted from your last sessions/),
  ).toBeVisible();

  // The dashboard's "Today's session" shows the same dose, not the plan's.
  await page.goto("/dashboard");
  const todays = page.getByRole("region", { name: "Today's session" });
  await expect(todays.getByText(/adjusted from your last sessions/)).toBeVisible();
  await expect(todays).not.toContainText("10 holds of 10 seconds");
});
