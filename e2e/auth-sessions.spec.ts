import { expect, test, type Browser } from "@playwright/test";
import { signIn, signOut, signUpAndSignIn, setOwnNetwork, type Member } from "./support/members";

// Two browsers (contexts) signed in as one member: what one does to the
// account's sessions reaches the other on its very next request.

async function secondBrowser(browser: Browser, member: Member) {
  const context = await browser.newContext();
  await setOwnNetwork(context);
  const page = await context.newPage();
  await signIn(page, member);
  return { context, page };
}

test("after a password change, the other browser is signed out on its next request and this one stays in", async ({
  page,
  browser,
}) => {
  const member = await signUpAndSignIn(page);
  const other = await secondBrowser(browser, member);

  await page.goto("/account");
  const form = page.getByRole("region", { name: "Password" });
  await form.getByLabel("Current password").fill(member.password);
  await form.getByLabel("New password").fill("a fresh and longer passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("Password changed");

  await other.page.goto("/dashboard");
  await expect(other.page).toHaveURL(/\/sign-in\?next=%2Fdashboard&reason=session-ended$/);
  await expect(
    other.page.getByRole("status").filter({ hasText: "Your session has ended" }),
  ).toBeVisible();
  // The stale cookie was cleared, so the guest pages are reachable again.
  await other.page.goto("/sign-in");
  await expect(other.page).toHaveURL(/\/sign-in$/);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await other.context.close();
});

test("“sign out everywhere” ends this session and every other", async ({ page, browser }) => {
  const member = await signUpAndSignIn(page);
  const other = await secondBrowser(browser, member);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out-everywhere$/);

  await other.page.goto("/account");
  await expect(other.page).toHaveURL(/\/sign-in\?next=%2Faccount&reason=session-ended$/);
  await other.context.close();
});

test("a link followed from a page of an ended session leads to sign in", async ({
  page,
  browser,
}) => {
  const member = await signUpAndSignIn(page);
  const other = await secondBrowser(browser, member);
  await other.page.goto("/account");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/reason=signed-out-everywhere/);

  // A client-side navigation, not a fresh page load.
  await other.page.getByRole("banner").getByRole("link", { name: "Dashboard" }).click();
  await expect(other.page).toHaveURL(/\/sign-in\?next=%2Fdashboard&reason=session-ended$/);
  await expect(
    other.page.getByRole("status").filter({ hasText: "Your session has ended" }),
  ).toBeVisible();
  await other.context.close();
});

test("a server action from an ended session is refused", async ({ page, browser }) => {
  const member = await signUpAndSignIn(page);
  const other = await secondBrowser(browser, member);
  await other.page.goto("/account");

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/reason=signed-out-everywhere/);

  // The other browser still shows the account page; its next action must not run.
  const nameForm = other.page.getByRole("region", { name: "Your name" });
  await nameForm.getByLabel("Name").fill("Changed By A Stale Session");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(other.page).toHaveURL(/\/sign-in\?next=%2Faccount&reason=session-ended$/);

  await signIn(page, member, "/account");
  await expect(page.getByRole("region", { name: "Your name" }).getByLabel("Name")).toHaveValue(
    member.name,
  );
  await other.context.close();
});

test("F6: after a plain “Sign out”, a copy of that cookie is refused while the member's other browser stays signed in", async ({
  page,
  browser,
  request,
}) => {
  const member = await signUpAndSignIn(page);
  const other = await secondBrowser(browser, member);
  const copied = (await page.context().cookies()).filter((c) =>
    c.name.includes("authjs.session-token"),
  );
  expect(copied.length).toBeGreaterThan(0);

  await signOut(page);

  // Someone who copied the cookie before the sign-out replays it.
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/sign-in\?next=%2Fdashboard&reason=session-ended$/);
  const cookieHeader = copied.map((c) => `${c.name}=${c.value}`).join("; ");
  const exported = await request.get("/account/export", {
    headers: { cookie: cookieHeader },
    maxRedirects: 0,
  });
  expect(exported.status()).toBe(401);

  await other.page.goto("/dashboard");
  await expect(other.page).toHaveURL(/\/dashboard$/);
  await replay.close();
  await other.context.close();
});
