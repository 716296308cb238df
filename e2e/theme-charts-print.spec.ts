import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";

// Issue 17: dark mode that follows the system with a toggle (AA contrast in both themes, charts
// included), chart text a phone can read, and a printed report without patient-facing prompts.

const ARTICLE = "/articles/walking-for-lower-back-pain";

/** The page's background luminance, 0 (black) to 1 (white). */
async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []
    )
      .slice(0, 3)
      .map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

test.describe("on a phone with the system set to dark", () => {
  test.use({ viewport: { width: 375, height: 740 }, colorScheme: "dark" });

  test("public pages are dark and axe finds no contrast problem", async ({ page }) => {
    for (const path of ["/", ARTICLE, "/rest-or-move", "/quiz"]) {
      await page.goto(path);
      expect(await backgroundLuminance(page), path).toBeLessThan(0.15);
      await expectNoAxeViolations(page);
    }
  });

  test("member pages are dark, charts included, and axe finds no contrast problem", async ({
    page,
  }) => {
    test.setTimeout(90_000); // five pages, each checked by axe
    await signInAs(page, E2E_MEMBERS.improving.email);
    for (const path of ["/dashboard", "/journal/insights", "/program", "/journal", "/account"]) {
      await page.goto(path);
      expect(await backgroundLuminance(page), path).toBeLessThan(0.15);
      await expectNoAxeViolations(page);
      if (path === "/journal/insights") {
        const chart = page.locator("figure").first();
        expect(
          await chart.evaluate((el) => getComputedStyle(el).backgroundColor),
          "the chart's own background follows the theme",
        ).not.toBe("rgb(255, 255, 255)");
      }
    }
  });
});

test("the footer's theme button switches theme, and the choice stays after a reload", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
  await page.getByRole("button", { name: "Dark theme" }).click();
  expect(await backgroundLuminance(page)).toBeLessThan(0.15);
  await page.reload();
  expect(await backgroundLuminance(page)).toBeLessThan(0.15);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Light theme" }).click();
  expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
});

test.describe("charts on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("every axis and value label is at least 12 px, the same size as on a wide screen", async ({
    page,
  }) => {
    await signInAs(page, E2E_MEMBERS.improving.email, undefined, "/journal/insights");
    const labelSizes = () =>
      page
        .locator("figure [aria-hidden='true'] span")
        .evaluateAll((spans) =>
          spans.map((span) => Number.parseFloat(getComputedStyle(span).fontSize)),
        );
    const phone = await labelSizes();
    expect(phone.length).toBeGreaterThan(10);
    expect(Math.min(...phone)).toBeGreaterThanOrEqual(12);
    // Each tick label really is drawn at that size (not scaled down with the drawing).
    const tick = page.locator("figure [aria-hidden='true'] span").first();
    expect((await tick.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(11);

    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = await labelSizes();
    expect(Math.max(...wide)).toBeLessThanOrEqual(16);
    await expect(page.getByText("Show the data as a table").first()).toBeVisible();
  });
});

test("the printed report leaves out prompts and 'not enough data yet' notes meant for the member", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.worsening.email, undefined, "/journal/insights");
  const check = page.getByRole("region", { name: "Progress over 4 weeks" });
  await expect(check.locator("[data-red-flag-list]")).toBeVisible();
  const notEnough = page.locator("section").filter({ hasText: /needs at least|Log at least/ });
  const notEnoughOnScreen = await notEnough.count();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "Back pain journal report" })).toBeVisible();
  await expect(check.locator("[data-red-flag-list]")).toBeHidden();
  await expect(check.getByText("A physiotherapist or doctor can check")).toBeHidden();
  // The figures are printed once, without the advice around them.
  await expect(
    check.getByText(/Your average pain over the last 7 days was/).filter({ visible: true }),
  ).toHaveCount(1);
  for (let i = 0; i < notEnoughOnScreen; i += 1) await expect(notEnough.nth(i)).toBeHidden();
});
