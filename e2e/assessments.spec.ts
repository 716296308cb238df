import { expect, test } from "@playwright/test";
import { ALL_GATE_NO_V2, candidateForType } from "../lib/quiz/v2/test-answers";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/member-fixtures";
import { fillSignUp, takeQuiz } from "./support/quiz-steps";

test("a member's results are saved straight away and listed newest first, side by side", async ({
  page,
}) => {
  test.setTimeout(120_000); // two whole quizzes (23 screens, then 8) and two result pages
  await page.goto("/sign-up");
  await fillSignUp(page);
  await expect(page).toHaveURL(/\/dashboard$/);

  await takeQuiz(page, candidateForType("extension", { worstPain: 7, activityResponse: "stable" }));
  await expect(
    page.getByRole("definition").filter({ hasText: "Extension intolerant" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Start my program" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create a free account" })).toHaveCount(0);

  await takeQuiz(page, { ...ALL_GATE_NO_V2, cancerHistory: "yes" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get advice within 24 hours");

  await page.goto("/assessments");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3); // header + two results
  await expect(rows.nth(1)).toContainText("See a doctor first");
  await expect(rows.nth(2)).toContainText("Extension intolerant");
  await expect(rows.nth(2)).toContainText(
    "C: Moderate to severe pain that stays stable with activity",
  );
  await expect(rows.nth(2)).toContainText("7 / 10");
  await expect(page.getByRole("link", { name: "Retake the quiz" })).toHaveAttribute(
    "href",
    "/quiz",
  );
  await expectNoAxeViolations(page);

  await rows.nth(2).getByRole("link").click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole("definition").filter({ hasText: "Extension intolerant" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

// Each person gets a browser context of their own: clearing cookies in one
// context races the in-flight prefetches that renew the session cookie.

test("someone else's result, or a made-up one, is not found", async ({ page, browser }) => {
  await page.goto("/sign-up");
  await fillSignUp(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await takeQuiz(page, candidateForType("load"));
  await page.goto("/assessments");
  const ownPath = await page
    .getByRole("table")
    .getByRole("row")
    .nth(1)
    .getByRole("link")
    .getAttribute("href");
  expect(ownPath).toMatch(/^\/assessments\/[0-9a-f-]{36}$/);

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/sign-up");
  await fillSignUp(stranger);
  await expect(stranger).toHaveURL(/\/dashboard$/);
  for (const path of [
    ownPath!,
    "/assessments/00000000-0000-4000-8000-000000000000",
    "/assessments/not-an-id",
  ]) {
    const response = await stranger.goto(path);
    expect(response?.status()).toBe(404);
    await expect(stranger.getByRole("heading", { name: /couldn.t find that page/i })).toBeVisible();
    await expect(stranger.getByText("Load intolerant")).toHaveCount(0);
  }
  await stranger.context().close();
});

test("a guest who signs in to an existing account gets their result attached", async ({
  page,
  browser,
}) => {
  await page.goto("/sign-up");
  const account = await fillSignUp(page);
  await expect(page).toHaveURL(/\/dashboard$/);

  const guest = await (await browser.newContext()).newPage();
  await takeQuiz(guest, candidateForType("instability"));
  await expect(guest.getByRole("link", { name: "I already have an account" })).toHaveAttribute(
    "href",
    "/sign-in?next=/quiz/result",
  );
  await signInAs(guest, account.email, account.password, "/quiz/result");

  await expect(guest.getByRole("button", { name: "Start my program" })).toBeVisible();
  await guest.goto("/assessments");
  await expect(guest.getByRole("row").filter({ hasText: "Functional instability" })).toHaveCount(1);
  await guest.context().close();
});

test("results stored under quiz version 1 are still shown, by version 1's rules, and marked as such", async ({
  page,
}) => {
  const { E2E_MEMBERS } = await import("./support/member-fixtures");
  await signInAs(page, E2E_MEMBERS.program.email, undefined, "/assessments");
  const row = page.getByRole("table").getByRole("row").nth(1);
  await expect(row).toContainText("Flexion intolerant");
  await expect(row.getByRole("cell").last()).toHaveText("1");
  await row.getByRole("link").click();
  await expect(page.getByText("Quiz version 1 (an earlier version of the quiz")).toBeVisible();
  await expectNoAxeViolations(page);
});
