// The admin page: admins only, with the moderation queue and site counts.
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./support/admin";
import { expectNoAxeViolations } from "./support/axe";
import { setOwnNetwork, signIn, signUpAndSignIn } from "./support/members";

test("an admin sees the counts and the moderation queue, with no axe violations", async ({
  page,
}) => {
  await setOwnNetwork(page.context());
  await signIn(page, E2E_ADMIN, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  for (const label of ["Members", "Quizzes taken", "Journal entries", "Comments waiting"]) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  const members = Number(
    await page.locator("dt", { hasText: "Members" }).locator("+ dd").textContent(),
  );
  expect(members).toBeGreaterThan(0);
  await expect(
    page.getByRole("heading", { name: "Comments waiting for moderation" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a member gets a 404 at /admin, and a guest is sent to sign in", async ({ page, browser }) => {
  await signUpAndSignIn(page);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);

  const guest = await browser.newPage();
  await guest.goto("/admin");
  await expect(guest).toHaveURL(/\/sign-in/);
});
