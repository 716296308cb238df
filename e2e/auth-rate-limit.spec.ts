import { expect, test, type Page } from "@playwright/test";
import { randomClientIp, signOut, signUpAndSignIn, setOwnNetwork } from "./support/members";

// F4 (security review): the real limits, never switched off here. Failures
// count per (account, address) pair: after 5, that pair waits; the owner
// anywhere else is not refused, so nobody can lock another person out.

const TOO_MANY = "Too many sign-in attempts";

async function attempt(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("F4: after 5 wrong passwords from one address, that address waits, right password or not; the owner elsewhere signs in", async ({
  page,
  browser,
}) => {
  const member = await signUpAndSignIn(page);
  await signOut(page);
  await setOwnNetwork(page.context());

  for (let i = 1; i <= 5; i++) {
    await attempt(page, member.email, `wrong password number ${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "don’t match" })).toBeVisible();
  }
  await attempt(page, member.email, member.password);
  await expect(page.getByRole("alert").filter({ hasText: TOO_MANY })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);

  const elsewhere = await browser.newContext();
  await setOwnNetwork(elsewhere, randomClientIp());
  const ownerPage = await elsewhere.newPage();
  await attempt(ownerPage, member.email, member.password);
  await ownerPage.waitForURL((url) => url.pathname === "/dashboard");
  await elsewhere.close();
});
