// The header's account links on the static public pages: guests get "Sign in" and "Get
// started", a signed-in member "My dashboard" and "Account", read from the lbp_signed_in hint
// cookie after hydration (components/site/header-account-links.tsx). The hint follows the
// session and opens nothing by itself.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { setOwnNetwork, signOut, signUpAndSignIn } from "./support/members";

const PHONE = { width: 375, height: 740 };
const PUBLIC_PAGES = ["/", "/articles/why-rest-can-make-back-pain-worse", "/quiz"];
const HINT = "lbp_signed_in";

const hintOf = async (context: BrowserContext) =>
  (await context.cookies()).find((c) => c.name === HINT);

const banner = (page: Page) => page.getByRole("banner");

async function expectMemberHeader(page: Page) {
  await expect(banner(page).getByRole("link", { name: "My dashboard" })).toHaveAttribute(
    "href",
    "/dashboard",
  );
  await expect(banner(page).getByRole("link", { name: "Account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Get started" })).toHaveCount(0);
}

async function expectGuestHeader(page: Page) {
  await expect(banner(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(banner(page).getByRole("link", { name: "Get started" })).toHaveAttribute(
    "href",
    "/quiz",
  );
  await expect(banner(page).getByRole("link", { name: /dashboard/i })).toHaveCount(0);
}

test.use({ viewport: PHONE });

test.beforeEach(async ({ context }) => {
  await setOwnNetwork(context);
});

test("a guest sees Sign in and Get started, never a Dashboard button", async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expectGuestHeader(page);
  }
  await expectNoAxeViolations(page);
});

test("a signed-in member sees My dashboard on the public pages until they sign out", async ({
  page,
  context,
}) => {
  await signUpAndSignIn(page);
  const hint = await hintOf(context);
  expect(hint).toMatchObject({ value: "1", path: "/", sameSite: "Lax", httpOnly: false });
  // As long as the session: the idle limit (60 minutes by default), give or take the test.
  expect(hint!.expires * 1000 - Date.now()).toBeGreaterThan(55 * 60_000);

  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await expectMemberHeader(page);
    await expectNoAxeViolations(page);
  }
  await banner(page).getByRole("link", { name: "My dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await signOut(page);
  expect(await hintOf(context)).toBeUndefined();
  await page.goto("/");
  await expectGuestHeader(page);
});

test("signing out everywhere clears the hint too", async ({ page, context }) => {
  await signUpAndSignIn(page);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  expect(await hintOf(context)).toBeUndefined();
});

test("the hint alone opens nothing: without a session /dashboard still asks to sign in", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: HINT, value: "1", url: baseURL! }]);
  await page.goto("/");
  // The header believes it (it is only a hint)…
  await expectMemberHeader(page);
  // …but the member page checks the real session, and the proxy drops the stale hint.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard$/);
  expect(await hintOf(context)).toBeUndefined();
  await page.goto("/");
  await expectGuestHeader(page);
});

test("the header's text follows the reader's text size", async ({ page }) => {
  await page.goto("/");
  const navSize = () =>
    banner(page)
      .getByRole("link", { name: "Articles" })
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await navSize();
  await page.addStyleTag({ content: "html { font-size: 200% }" });
  expect(await navSize()).toBeCloseTo(normal * 2, 0);
});

for (const width of [375, 1280]) {
  test(`header screenshots at ${width} px, guest and member`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    await banner(page).screenshot({ path: test.info().outputPath(`header-guest-${width}.png`) });
    await signUpAndSignIn(page);
    await page.goto("/");
    await expectMemberHeader(page);
    await banner(page).screenshot({ path: test.info().outputPath(`header-member-${width}.png`) });
  });
}
