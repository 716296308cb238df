// With JavaScript off, member pages render their content (no Suspense fallback waiting for a
// script to swap it in), their forms post, and a delete still asks first (issue 17); the
// guided session falls back to a list with the log form (issue 18).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";

/** A page with JavaScript off, signed in as the no-script member (signed in with it on). */
async function scriptlessPage(browser: Browser, signingIn: Page): Promise<Page> {
  await signInAs(signingIn, E2E_MEMBERS.noScript.email);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 667 },
    storageState: await signingIn.context().storageState(),
  });
  return context.newPage();
}

test("without JavaScript the journal, insights, program and account show their content, not Loading…", async ({
  browser,
  page: signingIn,
}) => {
  const page = await scriptlessPage(browser, signingIn);
  const pages = [
    {
      path: "/journal",
      content: page.getByRole("list", { name: "Journal entries, newest first" }),
    },
    { path: "/journal/insights", content: page.getByRole("region", { name: "Pain over time" }) },
    { path: "/program", content: page.getByRole("list", { name: "Sessions, newest first" }) },
    { path: "/account", content: page.getByRole("region", { name: "Delete your account" }) },
  ];
  for (const { path, content } of pages) {
    await page.goto(path);
    await test.step(path, async () => {
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(content).toBeVisible();
      await expect(page.getByText("Loading…")).toHaveCount(0);
    });
  }
  await page.context().close();
});

test("without JavaScript the journal form saves an entry", async ({ browser, page: signingIn }) => {
  const page = await scriptlessPage(browser, signingIn);
  await page.goto("/journal");
  await page.getByLabel("Pain (0–10)", { exact: true }).fill("2");
  await page.getByLabel("Worst pain (0–10)", { exact: true }).fill("3");
  await page.getByLabel("Notes", { exact: true }).fill("Saved with scripts off");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved your entry" })).toBeVisible();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.locator(`[data-entry-date="${today}"]`)).toContainText("Pain 2/10");
  await page.context().close();
});

test("without JavaScript a delete asks first: Keep it keeps the entry, confirming deletes it", async ({
  browser,
  page: signingIn,
}) => {
  const page = await scriptlessPage(browser, signingIn);
  await page.goto("/journal");
  const entries = page
    .getByRole("list", { name: "Journal entries, newest first" })
    .getByRole("listitem");
  const before = await entries.count();
  const entry = entries.last();
  const day = (await entry.getByRole("heading", { level: 3 }).innerText()).trim();

  await entry.locator("summary", { hasText: "Delete" }).click();
  await expect(entry.getByText(`Delete the entry for ${day}?`)).toBeVisible();
  await entry.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByText(`Delete the entry for ${day}?`)).toBeHidden();
  await expect(entries).toHaveCount(before);

  await entries.last().locator("summary", { hasText: "Delete" }).click();
  await entries.last().getByRole("button", { name: "Delete entry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Entry deleted." })).toBeVisible();
  await expect(entries).toHaveCount(before - 1);

  await page.goto("/program");
  const sessions = page.getByRole("list", { name: "Sessions, newest first" }).getByRole("listitem");
  const logged = await sessions.count();
  await sessions.first().locator("summary", { hasText: "Delete" }).click();
  await sessions.first().getByRole("button", { name: "Keep it" }).click();
  await expect(sessions).toHaveCount(logged);
  await sessions.first().locator("summary", { hasText: "Delete" }).click();
  await sessions.first().getByRole("button", { name: "Delete session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Session deleted." })).toBeVisible();
  await expect(sessions).toHaveCount(logged - 1);
  await page.context().close();
});

test("without JavaScript the guided session is a list of today's exercises with the log form, and it logs", async ({
  browser,
  page: signingIn,
}) => {
  const page = await scriptlessPage(browser, signingIn);
  await page.goto("/program/session");
  await expect(page.getByRole("heading", { level: 1, name: "Today's session" })).toBeVisible();
  // The player needs JavaScript, so it is not shown; the exercises are, with their steps.
  await expect(page.getByRole("button", { name: "Start the session" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await page.getByLabel("Effort (1–10)").fill("3");
  await page.getByLabel("Pain before (0–10)").fill("4");
  await page.getByLabel("Pain after (0–10)").fill("3");
  await page.getByRole("button", { name: "Log session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Session logged" })).toBeVisible();
  await page.context().close();
});

test("without JavaScript /progress shows its content and the weekly check-in saves", async ({
  browser,
  page: signingIn,
}) => {
  const page = await scriptlessPage(browser, signingIn);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  await page.getByLabel("Your average pain in the past 7 days").fill("3");
  await page.getByLabel("How much pain got in the way of enjoying life").fill("2");
  await page.getByLabel("How much pain got in the way of your everyday activity").fill("4");
  await page.getByRole("button", { name: /this week's check-in/ }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /(Saved|Updated) this week's check-in/ }),
  ).toBeVisible();
  await expect(page.getByText(/You checked in this week \(score 3\)/)).toBeVisible();
  await page.context().close();
});

test("without JavaScript /settings/reminders saves a plan and refuses a wrong window beside its field", async ({
  browser,
  page: signingIn,
}) => {
  const page = await scriptlessPage(browser, signingIn);
  await page.goto("/settings/reminders");
  await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
  await page.getByLabel("Send me reminders").check();
  await page.getByLabel("Session window starts").fill("18:00");
  await page.getByLabel("Session window ends").fill("17:00");
  await page.getByRole("button", { name: "Save reminder plan" }).click();
  await expect(
    page.getByText("The window must end after it starts, on the same day"),
  ).toBeVisible();
  await expect(page.getByLabel("Session window starts")).toHaveValue("18:00");
  await page.getByLabel("Session window ends").fill("19:00");
  await page.getByRole("button", { name: "Save reminder plan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved. Your reminders follow this plan" }),
  ).toBeVisible();
  await page.context().close();
});
