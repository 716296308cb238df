import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, expectFitsNarrowPhone, signInAs } from "./support/member-fixtures";

test("a member without an assessment is shown the way to the quiz", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.newcomer.email);
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Nia" })).toBeVisible();
  const next = page.getByRole("region", { name: "Your next step" });
  await expect(next.getByRole("link", { name: "Take the 2-minute quiz" })).toHaveAttribute(
    "href",
    "/quiz",
  );
  await expectNoAxeViolations(page);
  await expectFitsNarrowPhone(page, "/dashboard");
  await page.goto("/program");
  await expect(page.getByRole("link", { name: "Take the 2-minute quiz" })).toHaveAttribute(
    "href",
    "/quiz",
  );
  await expectNoAxeViolations(page);
});

test("with six months of data the dashboard shows plan, session, pain trend, streak and next steps", async ({
  page,
}) => {
  const { DEMO_EMAIL, DEMO_PASSWORD } = await import("../db/seed");
  await signInAs(page, DEMO_EMAIL, DEMO_PASSWORD);
  await expect(page.getByRole("region", { name: "Today's session" })).toContainText(
    "Flexion intolerant plan · phase 2, Build",
  );
  await expect(
    page
      .getByRole("region", { name: "Pain, last 30 days" })
      .getByRole("img", { name: "Pain over the last 30 days" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Journal streak" })).toContainText(
    "Current streak",
  );
  // The demo member's last quiz was 44 days ago.
  await expect(
    page
      .getByRole("region", { name: "Your next step" })
      .getByRole("link", { name: "Retake the quiz" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFitsNarrowPhone(page, "/dashboard");
  await expectNoAxeViolations(page);
  await expectFitsNarrowPhone(page, "/program");
  await expectNoAxeViolations(page);
});
