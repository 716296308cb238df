// docs/product.md §6: one red-flag list. Every page that lists warning signs renders the
// shared component (lib/safety/red-flags.ts through <RedFlagList>, marked data-red-flag-list);
// a list item carrying warning-sign words anywhere else on a page fails this test.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";

const articlePaths = fs
  .readdirSync(path.resolve("content/articles"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => `/articles/${f.replace(/\.mdx$/, "")}`);

const WARNING_WORDS =
  /bladder|bowel|genital|back passage|saddle|both legs|fever|injecting|lost weight|weight loss/i;

/** Text of every list item that is not inside the shared component. */
async function foreignRedFlagItems(page: Page): Promise<string[]> {
  const items = await page
    .locator("li")
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => !node.closest("[data-red-flag-list]"))
        .map((node) => node.textContent ?? ""),
    );
  return items.filter((text) => WARNING_WORDS.test(text));
}

async function expectSharedListOnly(page: Page) {
  // The full list (not the footer's one-line summary) is on the page, with both tiers.
  const list = page.locator('[data-red-flag-list=""]').first();
  await expect(list).toContainText("Get urgent care now");
  await expect(list).toContainText("pain that has recently started going down both legs");
  await expect(list).toContainText("within 24 hours");
  expect(await foreignRedFlagItems(page)).toEqual([]);
}

test("the home page, every article, the guide and the disclaimer render the shared red-flag list and no other", async ({
  page,
}) => {
  for (const url of ["/", ...articlePaths, "/rest-or-move", "/disclaimer"]) {
    await page.goto(url);
    await test.step(url, () => expectSharedListOnly(page));
  }
  await expectNoAxeViolations(page);
});

test("the footer's warning line comes from the same module and links to the full list", async ({
  page,
}) => {
  await page.goto("/privacy");
  const summary = page.getByRole("contentinfo").locator('[data-red-flag-list="summary"]');
  await expect(summary).toContainText("pain that has recently started going down both legs");
  await summary.getByRole("link", { name: "All warning signs and how soon to act" }).click();
  await expect(page).toHaveURL(/\/disclaimer#warning-signs-when-to-get-help-first$/);
});

test("the quiz carries no red-flag list of its own", async ({ page }) => {
  await page.goto("/quiz");
  expect(await foreignRedFlagItems(page)).toEqual([]);
});

test("the flare-up card on /program renders the shared list", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.flare.email, undefined, "/program");
  await expect(
    page.getByRole("region", { name: /Flare-up plan/ }).locator('[data-red-flag-list=""]'),
  ).toContainText("Get urgent care now");
  expect(await foreignRedFlagItems(page)).toEqual([]);
});
