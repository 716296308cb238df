import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import PgBoss from "pg-boss";
import { expectNoAxeViolations } from "./support/axe";
import { latestEmail } from "./support/mailbox";
import { signUpAndSignIn } from "./support/members";

// Reminders (docs/product.md §10): a member sets a plan, sees the next reminder, downloads the
// calendar feed, gets a reminder email from the server's job queue, unsubscribes through its
// link without signing in, and the settings page says so.

const DATABASE_URL_FILE = path.resolve(".data/e2e/database-url");

/** Asks the e2e server's pg-boss queue for a planning run now instead of at the next tick. */
async function kickPlanner() {
  const url = fs.readFileSync(DATABASE_URL_FILE, "utf8").trim();
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: 1 });
  await boss.start();
  await boss.send("reminders-plan", {});
  await boss.stop({ graceful: false, wait: false });
}

async function screenshots(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: test.info().outputPath(`${name}-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a member plans reminders, subscribes a calendar, and unsubscribes from the email's link", async ({
  page,
  browser,
}) => {
  test.skip(
    !fs.existsSync(DATABASE_URL_FILE) || !fs.readFileSync(DATABASE_URL_FILE, "utf8").trim(),
    "the job queue needs Postgres (DATABASE_URL)",
  );
  test.setTimeout(90_000);
  const member = await signUpAndSignIn(page, { name: "Rae Reminders" });
  await page.getByRole("link", { name: "Reminders" }).first().click();
  await page.waitForURL((url) => url.pathname === "/settings/reminders");
  await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
  await expect(page.locator("[data-reminder-status=off]")).toBeVisible();
  await expectNoAxeViolations(page);

  // A window that has already closed today, every day, no quiet hours: a reminder is due now.
  await page.getByLabel("Send me reminders").check();
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    await page.getByRole("checkbox", { name: day, exact: true }).check();
  await page.getByLabel("Session window starts").fill("00:00");
  await page.getByLabel("Session window ends").fill("00:01");
  await page.getByLabel("Time zone").selectOption("UTC");
  await page.getByLabel("Quiet from").fill("00:00");
  await page.getByLabel("Quiet until").fill("00:00");

  // A wrong window is refused beside its field, keeping what was typed.
  await page.getByLabel("Session window ends").fill("00:00");
  await page.getByRole("button", { name: "Save reminder plan" }).click();
  await expect(
    page.getByText("The window must end after it starts, on the same day"),
  ).toBeVisible();
  await page.getByLabel("Session window ends").fill("00:01");
  await page.getByRole("button", { name: "Save reminder plan" }).click();
  await expect(page.getByText("Saved. Your reminders follow this plan from now on.")).toBeVisible();
  await page.reload();
  await expect(page.locator("[data-reminder-status=next]")).toContainText(
    /Next: .+ on \w+day \d+ \w+ at \d\d:\d\d \(UTC\)/,
  );
  await expect(page.getByLabel("Session window ends")).toHaveValue("00:01");

  // The calendar feed: a private link, valid iCalendar with every planned day.
  await page.getByRole("button", { name: "Make a calendar link" }).click();
  const feedUrl = await page.getByLabel("Your calendar link").inputValue();
  expect(feedUrl).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  const guest = await browser.newContext(); // calendar apps have no session
  const feed = await guest.request.get(feedUrl);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(8 * 7);
  expect(events.every((e) => e.summary === "LBPfix session")).toBe(true);
  expect(events[0]?.startDate.toJSDate().toISOString()).toMatch(/T00:00:00\.000Z$/);
  // A new link kills the old one.
  await page.getByRole("button", { name: /Make a new link/ }).click();
  await expect(page.getByLabel("Your calendar link")).not.toHaveValue(feedUrl);
  expect((await guest.request.get(feedUrl)).status()).toBe(404);

  await screenshots(page, "reminders-settings");

  // The job queue plans and sends; the email's unsubscribe link works without signing in.
  await kickPlanner();
  const email = await latestEmail(member.email, /^Your LBPfix plan for today$/);
  const link = /https?:\/\/\S+\/unsubscribe\/[A-Za-z0-9_.-]+/.exec(email.text)?.[0];
  expect(link).toBeTruthy();
  const guestPage = await guest.newPage();
  await guestPage.goto(new URL(link!).pathname);
  await expect(
    guestPage.getByRole("heading", { level: 1, name: "Unsubscribe from reminders" }),
  ).toBeVisible();
  await expectNoAxeViolations(guestPage);
  await guestPage.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(
    guestPage.getByRole("heading", { level: 1, name: "You are unsubscribed" }),
  ).toBeVisible();
  await expectNoAxeViolations(guestPage);
  await screenshots(guestPage, "unsubscribed");
  await guest.close();

  await page.reload();
  await expect(page.locator("[data-reminder-status=unsubscribed]")).toContainText(
    "You unsubscribed from reminder emails",
  );
  await expect(page.getByText(/Session reminder · /)).toBeVisible();
  await expectNoAxeViolations(page);
});
