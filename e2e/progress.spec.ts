import { expect, test } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD } from "../db/seed";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/member-fixtures";
import { signUpAndSignIn } from "./support/members";

// /progress (docs/product.md §9) on a phone: the seeded six months show trends with a
// meaningful-change sentence; a new member checks in, and adds, rates, renames and removes
// an activity.

test.use({ viewport: { width: 375, height: 740 } });

test("the demo member sees weekly trends with a meaningful-change sentence, in light and dark", async ({
  page,
}) => {
  await signInAs(page, DEMO_EMAIL, DEMO_PASSWORD, "/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  const sentences = page.locator("[data-meaningful-change]");
  await expect(sentences).toContainText(/Your weekly score is [\d.]+ points lower than on/);
  await expect(sentences).toContainText("meaningful change: good news");
  await expect(sentences).not.toContainText(/because|thanks to/i);
  await expect(page.getByRole("img", { name: "Weekly score and pain" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: "Carry the shopping in from the car: how well you can do it" }),
  ).toBeVisible();
  // Axis labels stay readable on a phone.
  const fontSize = await page
    .locator("figure [aria-hidden=true] span")
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(12);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});

test("a member checks in (a second save edits it), then adds, rates, renames and removes an activity", async ({
  page,
}) => {
  await signUpAndSignIn(page, { name: "Pat Progress" });
  // Never checked in: the dashboard says a check-in is due.
  await page.getByRole("link", { name: "Do the weekly check-in" }).click();
  await page.waitForURL((url) => url.pathname === "/progress");

  await page.getByLabel("Your average pain in the past 7 days").fill("11");
  await page.getByRole("button", { name: "Save this week's check-in" }).click();
  await expect(page.getByText("Choose a number from 0 to 10 for your pain")).toBeVisible();
  await page.getByLabel("Your average pain in the past 7 days").fill("6");
  await page.getByLabel("How much pain got in the way of enjoying life").fill("5");
  await page.getByLabel("How much pain got in the way of your everyday activity").fill("4");
  await page.getByRole("button", { name: "Save this week's check-in" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Saved this week's check-in. Your weekly score is 5." }),
  ).toBeVisible();
  await expect(page.getByText("You checked in this week (score 5)")).toBeVisible();
  await expect(page.locator("[data-meaningful-change]")).toContainText("Too little data yet");

  await page.getByLabel("Your average pain in the past 7 days").fill("3");
  await page.getByRole("button", { name: "Update this week's check-in" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Updated this week's check-in" }),
  ).toBeVisible();
  await expect(page.getByText("You checked in this week (score 4)")).toBeVisible();

  const add = page.getByRole("heading", { name: "Add an activity" }).locator("..");
  await add.getByLabel("An everyday activity that is hard for you now").fill("Tie my shoes");
  await add.getByLabel("How well can you do it now?").fill("3");
  await add.getByRole("button", { name: "Add activity" }).click();
  const card = page.locator('[data-activity="Tie my shoes"]');
  await expect(card).toContainText("Latest rating: 3 out of 10");
  await expectNoAxeViolations(page);

  await card.getByLabel('Rate "Tie my shoes" today').fill("5");
  await card.getByRole("button", { name: "Save rating" }).click();
  await expect(card).toContainText("Latest rating: 5 out of 10");

  await card.getByText("Rename or remove").click();
  await card.getByLabel("New name").fill("Put on my shoes and socks");
  await card.getByRole("button", { name: "Rename" }).click();
  const renamed = page.locator('[data-activity="Put on my shoes and socks"]');
  await expect(renamed).toContainText("Latest rating: 5 out of 10"); // history kept

  // The card is the same one, so its "Rename or remove" section is still open.
  const details = renamed.locator("details");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await renamed.getByText("Rename or remove").click();
  await renamed
    .getByRole("button", { name: 'Remove "Put on my shoes and socks" from my list' })
    .click();
  await expect(page.locator("[data-activity]")).toHaveCount(0);
  await expect(page.getByText("No activities yet.")).toBeVisible();
});
