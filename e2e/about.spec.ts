import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

test("the footer leads to /about, which says who writes the content, against which guidelines, and how to reach us", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "About LBPfix" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1, name: "About LBPfix" })).toBeVisible();
  await expect(page).toHaveTitle(/^About LBPfix · LBPfix$/);
  for (const name of [
    "Who it is for",
    "How the content is written and checked",
    "How we choose sources",
    "What LBPfix does not do",
    "Contact us",
  ])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByRole("link", { name: /NICE NG59/ })).toHaveAttribute(
    "href",
    "https://www.nice.org.uk/guidance/ng59",
  );
  // The same address as the legal pages: no invented contact.
  await expect(page.getByRole("link", { name: "privacy@lbpfix.example" })).toHaveAttribute(
    "href",
    "mailto:privacy@lbpfix.example",
  );
  await expectNoAxeViolations(page);
});
