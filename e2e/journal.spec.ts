import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, expectFitsNarrowPhone, signInAs } from "./support/member-fixtures";

const today = new Date().toISOString().slice(0, 10);

test("a member writes today's entry, edits it (still one entry), and sees it on the dashboard and in the insights", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.journal.email, undefined, "/journal");
  await expect(page.getByRole("heading", { level: 1, name: "Your journal" })).toBeVisible();

  await page.getByLabel("Pain (0–10)", { exact: true }).fill("6");
  await page.getByLabel("Worst pain (0–10)", { exact: true }).fill("8");
  await page.getByLabel("Sleep (hours)", { exact: true }).fill("6.5");
  await page.getByLabel("Stress (0–10)", { exact: true }).fill("5");
  await page.getByLabel("Activity 1", { exact: true }).fill("Walking");
  await page.getByLabel("How it felt (activity 1)").selectOption("better");
  await page.getByLabel("Notes", { exact: true }).fill("Stiff after the drive");
  await page.getByRole("button", { name: "Save entry" }).click();

  const todays = page.locator(`[data-entry-date="${today}"]`);
  // Optimistic: the entry is in the list before the server has answered.
  await expect(todays).toHaveCount(1);
  await expect(todays).toContainText("Pain 6/10");
  await expect(page.getByRole("status").filter({ hasText: "Saved your entry" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Today's entry" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The insights are cached per member and data version: this visit renders (and caches)
  // the report with pain 6, and the edit below must not be met by that copy.
  await page.goto("/journal/insights?range=30");
  await expect(await todaysTrendCell(page, today)).toHaveText("6");
  await page.goto("/journal");

  await expect(page.getByLabel("Pain (0–10)", { exact: true })).toHaveValue("6");
  await page.getByLabel("Pain (0–10)", { exact: true }).fill("4");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated your entry" })).toBeVisible();
  await expect(todays).toHaveCount(1);
  await expect(todays).toContainText("Pain 4/10");
  await expect(todays).toContainText("Walking: felt better");

  await page.reload();
  await expect(page.locator(`[data-entry-date="${today}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-entry-date="${today}"]`)).toContainText("Pain 4/10");

  await page.goto("/dashboard");
  const journalPanel = page.getByRole("region", { name: "Today's journal" });
  await expect(journalPanel).toContainText("Pain 4/10");
  await expect(journalPanel).toContainText("Stiff after the drive");
  await expectNoAxeViolations(page);

  await page.goto("/journal/insights?range=30");
  await expect(page.getByRole("region", { name: "Pain over time" })).toContainText(
    "Based on 6 days",
  );
  await expect(await todaysTrendCell(page, today)).toHaveText("4");
  await expectNoAxeViolations(page);
});

/** Today's pain in the insights' trend table, opened first (it sits in a closed <details>). */
async function todaysTrendCell(page: Page, date: string): Promise<Locator> {
  const trend = page.getByRole("region", { name: "Pain over time" });
  await trend.getByText("Show the data as a table").click();
  const row = trend.getByRole("row").filter({ has: page.locator(`time[datetime="${date}"]`) });
  return row.getByRole("cell").first();
}

test("invalid values show field errors and keep the rest of the form", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.journal.email, undefined, "/journal");
  await page.getByLabel("Pain (0–10)", { exact: true }).fill("11");
  await page.getByLabel("Worst pain (0–10)", { exact: true }).fill("9");
  await page.getByLabel("Sleep (hours)", { exact: true }).fill("30");
  await page.getByLabel("Stress (0–10)", { exact: true }).fill("3");
  await page.getByLabel("Notes", { exact: true }).fill("Typed with care; must survive.");
  await page.getByRole("button", { name: /Save (entry|changes)/ }).click();

  await expect(page.getByText("Pain must be a whole number from 0 to 10")).toBeVisible();
  await expect(page.getByText("Sleep must be between 0 and 24 hours")).toBeVisible();
  await expect(page.getByLabel("Pain (0–10)", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByLabel("Worst pain (0–10)", { exact: true })).toHaveValue("9");
  await expect(page.getByLabel("Stress (0–10)", { exact: true })).toHaveValue("3");
  await expect(page.getByLabel("Notes", { exact: true })).toHaveValue(
    "Typed with care; must survive.",
  );
  await expectNoAxeViolations(page);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test("deleting an entry asks first, naming the day: Keep it keeps it, confirming deletes it at once", async ({
    page,
  }) => {
    await signInAs(page, E2E_MEMBERS.deletes.email, undefined, "/journal");
    const entries = page
      .getByRole("list", { name: "Journal entries, newest first" })
      .getByRole("listitem");
    await expect(entries).toHaveCount(3);
    const entry = entries.last();
    const day = (await entry.getByRole("heading", { level: 3 }).innerText()).trim();
    const ask = entry.locator("summary", { hasText: "Delete" });
    const edit = entry.getByRole("link", { name: `Edit the entry for ${day}` });
    for (const target of [ask, edit]) {
      const box = await target.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    // Apart: Edit heads the card, Delete… sits at its foot.
    const [editBox, askBox] = [await edit.boundingBox(), await ask.boundingBox()];
    expect(askBox!.y).toBeGreaterThan(editBox!.y + editBox!.height + 16);

    await ask.click();
    const question = entry.getByText(`Delete the entry for ${day}?`);
    await expect(question).toBeVisible();
    await expect(entry.getByRole("button", { name: "Delete entry" })).toBeInViewport();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath("journal-delete-confirm-375.png") });

    await entry.getByRole("button", { name: "Keep it" }).click();
    await expect(question).toBeHidden();
    await expect(ask).toBeFocused();
    await expect(entries).toHaveCount(3);

    await ask.click();
    await entry.getByRole("button", { name: "Delete entry" }).click();
    await expect(entries).toHaveCount(2);
    await expect(page.getByRole("status").filter({ hasText: "Entry deleted." })).toBeVisible();
    await page.reload();
    await expect(entries).toHaveCount(2);
    await expect(page.getByRole("heading", { level: 3, name: day })).toHaveCount(0);
  });
});

test("the journal and its insights fit a 320 px phone", async ({ page }) => {
  const { DEMO_EMAIL, DEMO_PASSWORD } = await import("../db/seed");
  await signInAs(page, DEMO_EMAIL, DEMO_PASSWORD, "/journal");
  await expectFitsNarrowPhone(page, "/journal");
  await expectNoAxeViolations(page);
  for (const range of [30, 90, 365]) {
    await expectFitsNarrowPhone(page, `/journal/insights?range=${range}`);
    await expect(page.getByRole("link", { name: `Last ${range} days` })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(
      page.getByRole("button", { name: "Print report for your clinician" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("a failed request keeps everything typed and says so", async ({ page, context }) => {
  await signInAs(page, E2E_MEMBERS.journal.email, undefined, "/journal");
  const day = new Date(Date.now() - 12 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/journal?date=${day}`);
  await expect(page.getByRole("heading", { name: /^Add your entry for/ })).toBeVisible();
  await page.getByLabel("Pain (0–10)", { exact: true }).fill("3");
  await page.getByLabel("Worst pain (0–10)", { exact: true }).fill("4");
  await page.getByLabel("Notes", { exact: true }).fill("Written on the train");

  await context.setOffline(true);
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "couldn't reach the server" }),
  ).toBeVisible();
  await expect(page.locator(`[data-entry-date="${day}"]`)).toHaveCount(0);
  await expect(page.getByLabel("Notes", { exact: true })).toHaveValue("Written on the train");
  await expect(page.getByLabel("Pain (0–10)", { exact: true })).toHaveValue("3");

  await context.setOffline(false);
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved your entry" })).toBeVisible();
  await expect(page.locator(`[data-entry-date="${day}"]`)).toHaveCount(1);
});
