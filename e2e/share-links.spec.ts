import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { setOwnNetwork, signUpAndSignIn } from "./support/members";

// Share links (docs/product.md §9): a member makes a link to the visit pack, someone without
// an account opens it (read-only, not indexed, not cached, no referrer), the member sees the
// view counted, revokes it, and the same address then answers 410 with a kind page.

async function shots(page: Page, name: string, locator = page.locator("main")) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await locator.screenshot({ path: test.info().outputPath(`${name}-${width}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a member shares the pack, a reader opens it without signing in, then the member revokes it", async ({
  page,
  browser,
}) => {
  await signUpAndSignIn(page, { name: "Robin Share" });
  await page.goto("/progress/report");
  const panel = page.locator("[data-share-panel]");
  await expect(panel.getByRole("heading", { name: "Share with your clinician" })).toBeVisible();
  await expect(panel.getByText("No links yet.")).toBeVisible();

  const days = panel.getByLabel("Days the link works");
  await expect(days).toHaveValue("14");
  await days.fill("91");
  await panel.getByRole("button", { name: "Make a link" }).click();
  await expect(panel.getByText("Choose from 1 to 90 days")).toBeVisible();
  await days.fill("30");
  await panel.getByRole("button", { name: "Make a link" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "It works for 30 days" })).toBeVisible();
  const shown = panel.getByLabel("Your new link");
  const url = await shown.inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByText("cannot show it again")).toBeVisible();
  await expect(panel.locator("[data-share-link=live]")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  await shots(page, "share-panel", panel);

  // The URL is shown once: a reload shows the link in the list but not its address.
  await page.reload();
  await expect(panel.getByLabel("Your new link")).toHaveCount(0);
  expect(await page.content()).not.toContain(url.split("/r/")[1]);

  // Someone with no account opens it in a browser of their own.
  const reader = await browser.newContext();
  await setOwnNetwork(reader);
  const readerPage = await reader.newPage();
  const response = await readerPage.goto(url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toContain("noindex");
  await expect(readerPage.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(readerPage.url()).toBe(url); // no sign-in redirect
  await expect(
    readerPage.getByRole("heading", { level: 1, name: "A shared visit pack" }),
  ).toBeVisible();
  await expect(readerPage.locator("[data-shared-note]")).toContainText(
    /Shared by the member on .+; self-reported, not a diagnosis\./,
  );
  await expect(readerPage.locator("[data-visit-pack=shared]")).toBeVisible();
  // Read-only: nothing on the page posts anywhere.
  await expect(readerPage.locator("main form")).toHaveCount(0);
  await expectNoAxeViolations(readerPage);
  await readerPage.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(readerPage);
  await shots(readerPage, "shared-pack");

  // The member sees it was opened once.
  await page.reload();
  await expect(panel.locator("[data-share-link=live] [data-view-count]")).toHaveText("1");
  await expect(panel.locator("[data-share-link=live]")).not.toContainText("Not opened yet");

  await panel.getByRole("button", { name: /^Revoke the link made/ }).click();
  const revoked = panel.locator("[data-share-link=revoked]");
  await expect(revoked).toHaveCount(1);
  await expect(revoked).toContainText("This link no longer opens the pack.");
  await expect(panel.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);

  const blocked: string[] = [];
  readerPage.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  const gone = await readerPage.goto(url);
  expect(gone!.headers()["content-security-policy"]).toContain("default-src");
  expect(gone!.headers()["x-robots-tag"]).toContain("noindex");
  expect(gone?.status()).toBe(410);
  expect(gone!.headers()["cache-control"]).toContain("no-store");
  expect(gone!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(readerPage.url()).toBe(url);
  await expect(
    readerPage.getByRole("heading", { level: 1, name: "This shared link has ended" }),
  ).toBeVisible();
  await expect(readerPage.getByText("ask them for a new link")).toBeVisible();
  expect(blocked).toEqual([]);
  await expectNoAxeViolations(readerPage);
  await shots(readerPage, "shared-ended");

  // A wrong or malformed token is a plain 404.
  const token = url.split("/r/")[1]!;
  const other = `${token[0] === "A" ? "B" : "A"}${token.slice(1)}`;
  expect((await readerPage.goto(`/r/${other}`))?.status()).toBe(404);
  expect((await readerPage.goto("/r/not-a-token"))?.status()).toBe(404);
  await reader.close();
});
