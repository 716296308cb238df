import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { latestEmail, linkTo } from "./support/mailbox";
import { signIn, signOut, signUpAndSignIn, uniqueEmail, setOwnNetwork } from "./support/members";

const NEW_PASSWORD = "a brand new walking passphrase";

test.beforeEach(async ({ context }) => {
  await setOwnNetwork(context);
});

async function requestReset(page: Page, email: string) {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${email}`);
}

test("forgot password: the emailed link sets a new password once, and the old one stops working", async ({
  page,
}) => {
  const member = await signUpAndSignIn(page);
  await signOut(page);

  await requestReset(page, member.email);
  const email = await latestEmail(member.email, /Reset your LBPfix password/);
  const link = linkTo(email, "/reset-password");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=password-reset$/);
  await expect(
    page.getByRole("status").filter({ hasText: "Your password has been changed" }),
  ).toBeVisible();

  // The old password no longer works…
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "don’t match" })).toBeVisible();
  // …the new one does…
  await signIn(page, { email: member.email, password: NEW_PASSWORD });
  await signOut(page);
  // …and the link cannot be used twice.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expectNoAxeViolations(page);
  await latestEmail(member.email, /password was changed/);
});

test("a reset link that was already used is refused even if its form was still open", async ({
  page,
  browser,
}) => {
  const member = await signUpAndSignIn(page);
  await signOut(page);
  await requestReset(page, member.email);
  const link = linkTo(
    await latestEmail(member.email, /Reset your LBPfix password/),
    "/reset-password",
  );

  const second = await browser.newContext();
  await setOwnNetwork(second);
  const otherTab = await second.newPage();
  await otherTab.goto(link);
  await page.goto(link);

  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/reason=password-reset/);

  await otherTab.getByLabel("New password").fill("someone else's passphrase here");
  await otherTab.getByRole("button", { name: "Set new password" }).click();
  await expect(
    otherTab.getByRole("alert").filter({ hasText: "expired or has already been used" }),
  ).toBeVisible();
  await second.close();
});

test("an unknown email gets the same answer and no email", async ({ page }) => {
  const nobody = uniqueEmail("nobody");
  await requestReset(page, nobody);
  await expectNoAxeViolations(page);
});
