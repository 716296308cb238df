import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./support/admin";
import { expectNoAxeViolations } from "./support/axe";
import { latestEmail } from "./support/mailbox";
import {
  MEMBER_PASSWORD,
  signIn,
  signOut,
  signUp,
  signUpAndSignIn,
  uniqueEmail,
  setOwnNetwork,
} from "./support/members";

const SAME_MESSAGE = "That email and password don’t match an account. Check both and try again.";

test.beforeEach(async ({ context }) => {
  await setOwnNetwork(context);
});

test("a new member signs up, lands on the dashboard, signs out and signs back in", async ({
  page,
}) => {
  const member = await signUpAndSignIn(page, { name: "Nora New" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard$/);
  await signIn(page, member);
  await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
  await latestEmail(member.email, /Welcome to LBPfix/);
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const member = await signUpAndSignIn(page);
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const wrongPassword = page.getByRole("alert").filter({ hasText: SAME_MESSAGE });
  await expect(wrongPassword).toBeVisible();
  // What was typed stays (the password too, since the browser kept the form).
  await expect(page.getByLabel("Email")).toHaveValue(member.email);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: SAME_MESSAGE })).toBeVisible();
});

test("signing up with a registered email says to check the inbox and tells its owner", async ({
  page,
  browser,
}) => {
  const member = await signUpAndSignIn(page);
  const guest = await browser.newContext();
  await setOwnNetwork(guest);
  const other = await guest.newPage();
  await signUp(other, {
    name: "Someone Else",
    email: member.email.toUpperCase(),
    password: "another long passphrase",
  });
  await expect(other.getByRole("status")).toContainText("Check your email");
  await expect(other).toHaveURL(/\/sign-up$/);
  const notice = await latestEmail(member.email, /tried to sign up/);
  expect(notice.text).toContain("/forgot-password");
  await guest.close();
});

test("every field error shows beside its field, is announced, and typed values stay", async ({
  page,
}) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  for (const [label, message] of [
    ["Name", "Enter your name."],
    ["Email", "Enter your email address."],
    ["Password", "Use at least 8 characters (15 or more is better)."],
  ] as const) {
    const input = page.getByLabel(label, { exact: true });
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[()]/g, "\\$&")));
  }
  await expect(page.getByLabel("Name")).toBeFocused();

  // The server adds what the browser cannot know: a common password.
  await page.getByLabel("Name").fill("Kim Keyboard");
  await page.getByLabel("Email").fill(uniqueEmail("kim"));
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /too common/,
  );
  await expect(page.getByLabel("Name")).toHaveValue("Kim Keyboard");
  await expectNoAxeViolations(page);
});

test("the sign-in form works with the keyboard alone", async ({ page }) => {
  const member = await signUpAndSignIn(page);
  await signOut(page);
  await page.goto("/sign-in");
  await page.getByLabel("Email").focus();
  await page.keyboard.type(member.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(MEMBER_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/dashboard$/);
});

test("guests are sent to sign in and then back to the page they wanted", async ({ page }) => {
  const member = await signUpAndSignIn(page);
  await signOut(page);
  for (const path of ["/dashboard", "/program", "/journal", "/assessments", "/account", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(path)}$`));
  }
  await page.goto("/account");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("members are sent from the guest pages to the dashboard, and members are not admins", async ({
  page,
}) => {
  await signUpAndSignIn(page);
  for (const path of ["/sign-in", "/sign-up", "/forgot-password", "/reset-password"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(404);
});

test("the seeded admin signs in and reaches /admin", async ({ page }) => {
  await signIn(page, E2E_ADMIN, "/admin");
  await expect(page).toHaveURL(/\/admin$/);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signUpAndSignIn(page);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("the guest account pages have no axe violations", async ({ page }) => {
  for (const path of [
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password?token=nope",
    "/sign-in?reason=session-ended",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
