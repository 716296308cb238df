import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, expectFitsNarrowPhone, signInAs } from "./support/member-fixtures";

test("a member with an assessment logs a session, moves on when it is suggested, and can step back", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.program.email, undefined, "/program");
  await expect(page.getByRole("heading", { level: 1, name: "Your program" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Phase 1: Settle", level: 2 })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Today's session" }).getByRole("link").first(),
  ).toBeVisible();
  await expect(page.getByText("7 sessions logged on this plan")).toBeVisible();
  await expectNoAxeViolations(page);

  // Invalid first: every error shows and the typed values stay.
  await page.getByLabel("Effort (1–10)").fill("5");
  await page.getByLabel("Pain before (0–10)").fill("12");
  await page.getByLabel("Pain after (0–10)").fill("2");
  await page.getByRole("button", { name: "Log session" }).click();
  await expect(page.getByText("Pain before must be a whole number from 0 to 10")).toBeVisible();
  await expect(page.getByLabel("Effort (1–10)")).toHaveValue("5");
  await expect(page.getByLabel("Pain after (0–10)")).toHaveValue("2");

  await page.getByLabel("Pain before (0–10)").fill("4");
  await page.getByRole("button", { name: "Log session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Session logged" })).toBeVisible();
  await expect(page.getByText("8 sessions logged on this plan")).toBeVisible();
  await expect(page.getByText("Done today. Nice work.")).toBeVisible();
  const history = page.getByRole("list", { name: "Sessions, newest first" });
  await expect(history.getByRole("listitem").first()).toContainText("Pain 4 → 2");

  await page.getByRole("button", { name: "Move on to phase 2" }).click();
  await expect(page.getByRole("heading", { name: "Phase 2: Build", level: 2 })).toBeVisible();
  await expect(page.getByText("You are here")).toHaveCount(1);

  await page.getByRole("button", { name: "Go back to phase 1" }).click();
  await expect(page.getByRole("heading", { name: "Phase 1: Settle", level: 2 })).toBeVisible();

  await history.locator("summary", { hasText: "Delete" }).first().click();
  await page.getByRole("button", { name: "Delete session" }).click();
  await expect(page.getByText("7 sessions logged on this plan")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Session deleted." })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test("deleting a logged session asks first, naming the day: Keep it keeps it, confirming deletes it", async ({
    page,
  }) => {
    await signInAs(page, E2E_MEMBERS.deletes.email, undefined, "/program");
    const sessions = page
      .getByRole("list", { name: "Sessions, newest first" })
      .getByRole("listitem");
    await expect(sessions).toHaveCount(3);
    const session = sessions.first();
    const day = (await session.locator("time").innerText()).trim();
    const ask = session.locator("summary", { hasText: "Delete" });
    const box = await ask.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);

    await ask.click();
    const question = session.getByText(`Delete the session on ${day}?`);
    await expect(question).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath("session-delete-confirm-375.png") });
    await session.getByRole("button", { name: "Keep it" }).click();
    await expect(question).toBeHidden();
    await expect(sessions).toHaveCount(3);

    await ask.click();
    await session.getByRole("button", { name: "Delete session" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Session deleted." })).toBeVisible();
    await expect(sessions).toHaveCount(2);
    await expect(page.getByText("2 sessions logged on this plan")).toBeVisible();
  });
});

test("the program fits a 320 px phone", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.program.email, undefined, "/program");
  await expectFitsNarrowPhone(page, "/program");
  await expectNoAxeViolations(page);
});

test("a flare-up shows the flare-up plan and offers stepping back a phase", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.flare.email, undefined, "/program");
  const flare = page.getByRole("region", { name: "Flare-up plan: Flexion intolerant" });
  await expect(flare).toContainText("suggests a flare-up");
  await expect(flare.getByRole("heading", { name: "Book an assessment if" })).toBeVisible();
  await expect(flare.locator("[data-red-flag-list]")).toContainText("both legs");
  await expectNoAxeViolations(page);

  await page.goto("/dashboard");
  await expect(
    page
      .getByRole("region", { name: "Your next step" })
      .getByRole("link", { name: "See the flare-up plan" }),
  ).toHaveAttribute("href", "/program#flare-up");
  await page.goto("/program");
  await page.getByRole("button", { name: "Step back to phase 1" }).click();
  await expect(page.getByRole("heading", { name: "Phase 1: Settle", level: 2 })).toBeVisible();
});

test("/program states the pain rule, the shared red-flag list and the disclaimer", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.program.email, undefined, "/program");
  await expect(page.getByRole("region", { name: "How much pain is OK?" })).toContainText(
    "settles back to your usual level by the next morning",
  );
  const warnings = page.locator('[data-red-flag-list=""]#warning-signs');
  await expect(warnings).toContainText("Get urgent care now");
  await expect(warnings).toContainText("pain that has recently started going down both legs");
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  await page.getByRole("link", { name: "warning signs at the end of this page" }).click();
  await expect(page).toHaveURL(/#warning-signs$/);
});

test("a member who says they are having a flare-up gets the flare-up plan, and can end it", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.declares.email, undefined, "/program");
  await expect(page.getByRole("region", { name: /Flare-up plan/ })).toHaveCount(0);
  await page.getByRole("button", { name: "I'm having a flare-up" }).click();
  const flare = page.getByRole("region", { name: /Flare-up plan/ });
  await expect(flare).toContainText("You told us you're having a flare-up");
  await expect(flare).toContainText("Stay in phase 1 and use the flare-up plan");
  await expect(flare).not.toContainText(/step back/i);
  await expectNoAxeViolations(page);
  await flare.getByRole("button", { name: "My flare-up has settled" }).click();
  await expect(page.getByRole("button", { name: "I'm having a flare-up" })).toBeVisible();
});

test("a pregnant member's plan has no lying on the front, and says why", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.pregnant.email, undefined, "/program");
  const changed = page.getByRole("region", { name: "Changed for you" });
  await expect(changed).toContainText("Because you told us you're pregnant");
  await expect(changed).toContainText("midwife");
  for (const region of ["Today's session", "The whole plan"]) {
    await expect(page.getByRole("region", { name: region })).not.toContainText(
      /Lying on your front|Lying on your elbows/,
    );
  }
  await expectNoAxeViolations(page);
});

test("logging a session checks as the member types, says so inline when offline, keeps every tick, and clears once logged", async ({
  page,
  context,
}) => {
  await signInAs(page, E2E_MEMBERS.pregnant.email, undefined, "/program");
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Log session" }) });
  // The browser checks the empty fields before anything is sent.
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByText(/^Effort must be a whole number from 1 to 10/)).toBeVisible();
  await expect(page.getByLabel("Effort (1–10)")).toBeFocused();

  const boxes = form.getByRole("checkbox");
  await boxes.first().uncheck();
  await boxes.nth(1).check();
  const ticked = await Promise.all((await boxes.all()).map((box) => box.isChecked()));
  await page.getByLabel("Effort (1–10)").fill("3");
  await page.getByLabel("Pain before (0–10)").fill("4");
  await page.getByLabel("Pain after (0–10)").fill("3");
  await page.getByLabel("Session notes").fill("Did it in the kitchen");

  await context.setOffline(true);
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(
    form.getByRole("alert").filter({ hasText: "couldn't reach the server" }),
  ).toBeVisible();
  await expect(page.getByLabel("Session notes")).toHaveValue("Did it in the kitchen");
  expect(await Promise.all((await boxes.all()).map((box) => box.isChecked()))).toEqual(ticked);

  await context.setOffline(false);
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Session logged" })).toBeVisible();
  await expect(page.getByLabel("Session notes")).toHaveValue("");
  await expect(page.getByLabel("Effort (1–10)")).toHaveValue("");
  await expectNoAxeViolations(page);
});
