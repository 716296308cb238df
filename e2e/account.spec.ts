import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { latestEmail, linkTo } from "./support/mailbox";
import { setOwnNetwork, signIn, signOut, signUpAndSignIn, uniqueEmail } from "./support/members";

test.beforeEach(async ({ context }) => {
  await setOwnNetwork(context);
});

test("the account page has no axe violations, also with errors showing", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expectNoAxeViolations(page);
  const password = page.getByRole("region", { name: "Password" });
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(password.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("a member changes their name", async ({ page }) => {
  await signUpAndSignIn(page, { name: "Old Name" });
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Your name" });
  await section.getByLabel("Name").fill("New Name");
  await section.getByRole("button", { name: "Save name" }).click();
  await expect(section.getByRole("status")).toHaveText("Name saved.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Your name" }).getByLabel("Name")).toHaveValue(
    "New Name",
  );
});

test("changing email asks for the current password and takes effect when the new inbox confirms", async ({
  page,
}) => {
  const member = await signUpAndSignIn(page);
  const newEmail = uniqueEmail("moved");
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Email" });
  await section.getByLabel("New email").fill(newEmail);
  await section.getByLabel("Current password").fill("not my password at all");
  await section.getByRole("button", { name: "Change email" }).click();
  await expect(section.getByLabel("Current password")).toHaveAccessibleDescription(
    "That isn’t your current password.",
  );
  await expect(section.getByLabel("New email")).toHaveValue(newEmail);

  await section.getByLabel("Current password").fill(member.password);
  await section.getByRole("button", { name: "Change email" }).click();
  await expect(section.getByRole("status")).toContainText(`Check ${newEmail}`);
  await latestEmail(member.email, /about to change/);

  await page.goto(
    linkTo(
      await latestEmail(newEmail, /Using this address for an LBPfix account/),
      "/account/confirm-email",
    ),
  );
  await expect(page.getByText(`Use ${newEmail} instead of ${member.email}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm new email" }).click();
  await expect(page).toHaveURL(/\/account\?updated=email$/);
  await expect(
    page.getByRole("status").filter({ hasText: `Your email is now ${newEmail}` }),
  ).toBeVisible();

  // Wait for the sign-out to finish: navigating away mid-action would keep the session.
  await signOut(page);
  await signIn(page, { email: newEmail, password: member.password });
});

test("the JSON export holds the member's own data whatever the URL says, and the journal comes as CSV", async ({
  page,
  browser,
}) => {
  const first = await signUpAndSignIn(page, { name: "First Exporter" });
  const firstExport = (await (await page.request.get("/account/export")).json()) as {
    user: { id: string; email: string };
  };
  expect(firstExport.user.email).toBe(first.email);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  const second = await signUpAndSignIn(other, { name: "Second Exporter" });
  const response = await other.request.get(
    `/account/export?userId=${firstExport.user.id}&id=${firstExport.user.id}`,
  );
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="lbpfix-data-\d{4}-\d{2}-\d{2}\.json"$/,
  );
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.text();
  expect(body).toContain(second.email);
  expect(body).not.toContain(first.email);
  expect(body).not.toContain(firstExport.user.id);
  expect(body).not.toMatch(/argon2|password_?hash/i);

  await other.goto("/account");
  const download = other.waitForEvent("download");
  await other.getByRole("link", { name: "Download my journal (CSV)" }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^lbpfix-journal-\d{4}-\d{2}-\d{2}\.csv$/);
  await otherContext.close();

  await page.context().clearCookies();
  expect((await page.request.get("/account/export", { maxRedirects: 0 })).status()).toBe(307);
});

test("deleting the account needs the password, removes it, and ends its other sessions", async ({
  page,
  browser,
}) => {
  const member = await signUpAndSignIn(page);
  const otherContext = await browser.newContext();
  await setOwnNetwork(otherContext);
  const other = await otherContext.newPage();
  await signIn(other, member);

  await page.goto("/account");
  const section = page.getByRole("region", { name: "Delete your account" });
  await section.getByLabel("Password").fill("not my password");
  await section.getByRole("button", { name: "Delete my account" }).click();
  await expect(section.getByLabel("Password")).toHaveAccessibleDescription(
    /That isn’t your current password/,
  );

  await section.getByLabel("Password").fill(member.password);
  await section.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=account-deleted$/);
  await expect(page.getByRole("status").filter({ hasText: "have been deleted" })).toBeVisible();

  await other.goto("/dashboard");
  await expect(other).toHaveURL(/reason=session-ended/);
  expect((await other.request.get("/account/export", { maxRedirects: 0 })).status()).toBe(307);

  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "don’t match" })).toBeVisible();
  await otherContext.close();
});
