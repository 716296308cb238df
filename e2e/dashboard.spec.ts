import { expect, test } from "@playwright/test";
import { scoreQuizV2 } from "../lib/quiz/v2/score";
import { candidateForType } from "../lib/quiz/v2/test-answers";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_MEMBERS, expectFitsNarrowPhone, signInAs } from "./support/member-fixtures";
import { takeQuiz } from "./support/quiz-steps";

test("a member without an assessment is shown the way to the quiz", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.newcomer.email);
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Nia" })).toBeVisible();
  const next = page.getByRole("region", { name: "Your next step" });
  await expect(next.getByRole("link", { name: "Take the 2-minute quiz" })).toHaveAttribute(
    "href",
    "/quiz",
  );
  await expectNoAxeViolations(page);
  await expectFitsNarrowPhone(page, "/dashboard");
  await page.goto("/program");
  await expect(page.getByRole("link", { name: "Take the 2-minute quiz" })).toHaveAttribute(
    "href",
    "/quiz",
  );
  await expectNoAxeViolations(page);

  // Taking the quiz signed in saves the result, and no code path tells the dashboard to
  // refresh: only the data version in its cache key (a database trigger) can. The dashboard
  // rendered above must not be served again.
  const flexion = candidateForType("flexion");
  await takeQuiz(page, flexion);
  await page.goto("/dashboard");
  await expect(
    page.getByText(`Flexion intolerant, category ${scoreQuizV2(flexion).category}`),
  ).toBeVisible();
});

test("with six months of data the dashboard shows plan, session, pain trend, streak and next steps", async ({
  page,
}) => {
  const { DEMO_EMAIL, DEMO_PASSWORD } = await import("../db/seed");
  await signInAs(page, DEMO_EMAIL, DEMO_PASSWORD);
  await expect(page.getByRole("region", { name: "Today's session" })).toContainText(
    "Flexion intolerant plan · phase 2, Build",
  );
  await expect(
    page
      .getByRole("region", { name: "Pain, last 30 days" })
      .getByRole("img", { name: "Pain over the last 30 days" }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Journal streak" })).toContainText(
    "Current streak",
  );
  // The demo member's last quiz was 44 days ago.
  await expect(
    page
      .getByRole("region", { name: "Your next step" })
      .getByRole("link", { name: "Retake the quiz" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await expectFitsNarrowPhone(page, "/dashboard");
  await expectNoAxeViolations(page);
  await expectFitsNarrowPhone(page, "/program");
  await expectNoAxeViolations(page);
});

test("the dashboard's quick entry saves today's entry and shows it at once", async ({ page }) => {
  await signInAs(page, E2E_MEMBERS.quick.email);
  const panel = page.getByRole("region", { name: "How is your back today?" });
  await panel.getByLabel("Pain (0–10)", { exact: true }).fill("2");
  await panel.getByLabel("Worst pain (0–10)", { exact: true }).fill("3");
  await panel.getByLabel("Sleep (hours)", { exact: true }).fill("8");
  await panel.getByLabel("Stress (0–10)", { exact: true }).fill("2");
  await panel.getByLabel("Notes", { exact: true }).fill("Good walk at lunch");
  await expectNoAxeViolations(page);
  await panel.getByRole("button", { name: "Save entry" }).click();

  const today = page.getByRole("region", { name: "Today's journal" });
  await expect(today).toContainText("Pain 2/10");
  await expect(today).toContainText("Good walk at lunch");
  await expect(page.getByRole("region", { name: "Journal streak" })).toContainText("Logged today");
  await page.reload();
  await expect(page.getByRole("region", { name: "Today's journal" })).toContainText("Pain 2/10");
  await expectNoAxeViolations(page);

  // The dashboard is cached per member and data version: an edit made on another page
  // must show on the next visit, not the rendering from before it.
  await page.goto("/journal");
  await page.getByLabel("Pain (0–10)", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated your entry" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Today's journal" })).toContainText("Pain 3/10");
});

test("a member's pages carry no share card or canonical, and a short description", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.newcomer.email);
  for (const path of ["/dashboard", "/journal"]) {
    await page.goto(path);
    await expect(page.locator('meta[property^="og:"]')).toHaveCount(0);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      "Your LBPfix plan, journal and progress.",
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  }
});
