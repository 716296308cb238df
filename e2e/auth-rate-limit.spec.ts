import { expect, test, type Page } from "@playwright/test";
import { randomClientIp, signOut, signUpAndSignIn, setOwnNetwork } from "./support/members";

// The real limits (5 failed sign-ins per account per 15 minutes), never
// switched off here. The account is new, so no other spec shares its bucket.

const TOO_MANY = "Too many sign-in attempts";

async function attempt(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the 6th attempt after 5 wrong passwords is refused, right password or not, from this network and another", async ({ page, browser }) => {
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
  const otherPage = await elsewhere.newPage();
  await attempt(otherPage, member.email, member.password);
  await expect(otherPage.getByRole("alert").filter({ hasText: TOO_MANY })).toBeVisible();
  await elsewhere.close();
});
