import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";

// docs/product.md §5: low pain and real improvement never prompt a clinician; pain that rose
// gets the stronger prompt, on /journal/insights and as a dashboard next step.
const CLINICIAN_PROMPT = /consider seeing a physiotherapist or GP|No meaningful improvement/;

test("a member whose pain stayed at 0 for four weeks is told it stayed low, never to see someone", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.lowSteady.email);
  const next = page.getByRole("region", { name: "Your next step" });
  await expect(next).toBeVisible();
  await expect(next).not.toContainText(CLINICIAN_PROMPT);
  await page.goto("/journal/insights");
  const check = page.getByRole("region", { name: "Progress over 4 weeks" });
  await expect(check).toContainText("Your pain has stayed low");
  await expect(page.locator("body")).not.toContainText(CLINICIAN_PROMPT);
  await expectNoAxeViolations(page);
});

test("a member whose pain fell from 6 to 3 reads how much lower, with no clinician prompt", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.improving.email);
  await expect(page.getByRole("region", { name: "Your next step" })).not.toContainText(
    CLINICIAN_PROMPT,
  );
  await page.goto("/journal/insights");
  await expect(page.getByRole("region", { name: "Progress over 4 weeks" })).toContainText(
    "Your average pain is 3 points lower than 4 weeks ago.",
  );
  await expect(page.locator("body")).not.toContainText(CLINICIAN_PROMPT);
  await expect(page.locator("body")).not.toContainText("it's working");
});

test("a member whose pain rose sees the stronger prompt with the red-flag list, on insights and the dashboard", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.worsening.email);
  await expect(page.getByRole("region", { name: "Your next step" })).toContainText(
    "Your pain is higher than 4 weeks ago",
  );
  await page.goto("/journal/insights");
  const check = page.getByRole("region", { name: "Progress over 4 weeks" });
  await expect(check).toContainText("Your pain is higher than 4 weeks ago");
  await expect(check.locator("[data-red-flag-list]")).toBeVisible();
  await expectNoAxeViolations(page);
});
