import { expect, test, type Page } from "@playwright/test";
import { scoreQuizV2 } from "../lib/quiz/v2/score";
import {
  ALL_GATE_NO_V2,
  candidateForType,
  candidateV2,
  quizScreensV2,
} from "../lib/quiz/v2/test-answers";
import { RED_FLAG_KEYS, RED_FLAGS, type RedFlagKey } from "../lib/safety/red-flags";
import { expectNoAxeViolations } from "./support/axe";
import { answerScreen, fillSignUp, quizQuestion, takeQuiz } from "./support/quiz-steps";

const question = quizQuestion;

test("a guest with a clear flexion-intolerant profile gets that result, signs up and finds it saved", async ({
  page,
}) => {
  test.setTimeout(150_000); // axe runs on every one of the twenty-three screens
  const target = candidateForType("flexion");
  const expected = scoreQuizV2(target);
  await takeQuiz(page, target, { axe: true });

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(
    page.getByRole("definition").filter({ hasText: "Flexion intolerant" }),
  ).toBeVisible();
  await expect(
    page.getByRole("definition").filter({ hasText: `${expected.category}: ` }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "The next two weeks" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Create a free account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=%2Fquiz%2Fresult|\/sign-up\?next=\/quiz\/result/);
  await fillSignUp(page);

  // Back on the result, now as a member: it is theirs and a program is offered.
  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole("button", { name: "Start my program" })).toBeVisible();

  await page.goto("/assessments");
  const row = page.getByRole("row").filter({ hasText: "Flexion intolerant" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${expected.category}: `);
  await expectNoAxeViolations(page);

  // The dashboard shows the saved result before any plan is started.
  await page.goto("/dashboard");
  await expect(page.getByText(`Flexion intolerant, category ${expected.category}`)).toBeVisible();

  // Starting the program from the saved result enrols them in the matching plan.
  await page.goto("/quiz/result");
  await page.getByRole("button", { name: "Start my program" }).click();
  await expect(page).toHaveURL(/\/program$/);
  await page.goto("/quiz/result");
  await expect(page.getByRole("link", { name: "Go to my program" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByText("Flexion intolerant").first()).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test("the result leads in plain words, explains its label, and its one action is on the first screen", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await takeQuiz(page, candidateForType("flexion"));
    await page.goto("/quiz/result"); // measured from the top, as a fresh visit lands
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sitting and bending forward tend to bother your back most",
    );
    await expect(page.getByText("“Flexion” is bending forward")).toBeInViewport();
    await expect(page.getByRole("link", { name: "Create a free account" })).toBeInViewport();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath("quiz-result-guest-375.png") });
  });

  test("an assessment-first result puts seeing a professional on the first screen", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await takeQuiz(page, candidateV2({ worstPain: 9, dailyFunction: "no" }));
    await page.goto("/quiz/result");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Get assessed before deciding how much to move",
    );
    await expect(page.getByRole("region", { name: "Your next step" })).toContainText(
      "physiotherapist",
    );
    await expect(page.getByText("Who to see").first()).toBeInViewport();
  });
});

/** Answers the eight gate questions: "yes" to the ones named, "no" to the rest. */
async function answerGate(page: Page, yes: readonly RedFlagKey[]) {
  for (const key of RED_FLAG_KEYS) {
    await expect(question(page)).toContainText(RED_FLAGS[key].question);
    await page.getByRole("radio", { name: yes.includes(key) ? "Yes" : "No", exact: true }).check();
    await page.getByRole("button", { name: /^(Continue|See my result)$/ }).click();
  }
}

test("a yes to the cauda equina question ends the quiz on an urgent screen with a call link and no program", async ({
  page,
}) => {
  await page.goto("/quiz");
  await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toBeVisible();
  await answerGate(page, ["caudaEquina"]);

  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get urgent care now");
  await expect(page.getByText(RED_FLAGS.caudaEquina.action)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Call / })).toHaveAttribute("href", /^tel:/);
  await expect(page.getByRole("button", { name: "Print or show to a clinician" })).toBeVisible();
  await expect(page.getByRole("button", { name: /program/i })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /program|create a free account/i })).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  await page.getByText("Your answers", { exact: true }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Yes$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("trauma says get seen today; cancer history says within 24 hours; the most urgent flag leads", async ({
  page,
}) => {
  await page.goto("/quiz");
  await answerGate(page, ["trauma"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get seen today");
  await expect(page.getByText(RED_FLAGS.trauma.action)).toBeVisible();

  await page.goto("/quiz");
  await answerGate(page, ["cancerHistory", "weightLossNightPain"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get advice within 24 hours");
  await expect(page.getByText(RED_FLAGS.cancerHistory.action)).toBeVisible();
  const told = page.locator("[data-red-flag-answer]");
  await expect(told).toHaveCount(2);
  await expect(told.first()).toHaveAttribute("data-red-flag-answer", "cancerHistory");
  await expect(page.getByRole("button", { name: /program/i })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("pain recently started down both legs: 'both legs' re-asks the question, and a yes is urgent with no program", async ({
  page,
}) => {
  const target = candidateV2({ legSymptoms: "bothLegs", legsNeuroRecheck: "yes" });
  await page.goto("/quiz");
  const screens = quizScreensV2(target);
  for (const screen of screens.slice(0, -1)) await answerScreen(page, screen);
  await expect(question(page)).toContainText("Has pain recently started going down both legs");
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get urgent care now");
  await expect(page.getByRole("link", { name: /^Call / })).toHaveAttribute("href", /^tel:/);
  await expect(page.getByRole("button", { name: /program/i })).toHaveCount(0);
});

test("under 16 ends the quiz with see a GP or physiotherapist with a parent or carer, and no program", async ({
  page,
}) => {
  await takeQuiz(page, { ...ALL_GATE_NO_V2, ageBand: "under16" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Please see a GP or physiotherapist, with a parent or carer",
  );
  await expect(page.getByRole("button", { name: /program/i })).toHaveCount(0);
});

test("answers survive a reload, Back returns to the last question, and the keyboard alone works", async ({
  page,
}) => {
  await page.goto("/quiz");
  // Keyboard only: arrow keys pick within the group, Enter continues.
  await page.getByRole("radio", { name: "Yes", exact: true }).focus();
  await page.keyboard.press("ArrowDown"); // moves to and selects "No"
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(question(page)).toContainText("Question 2 of");
  await expect(question(page)).toBeFocused();
  await page.getByRole("radio", { name: "No", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(question(page)).toContainText("Question 3 of");

  await page.reload();
  await expect(question(page)).toContainText("Question 3 of");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(question(page)).toContainText("Question 2 of");
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();

  // Continuing without choosing says so instead of moving on.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(question(page)).toContainText("Question 3 of");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Please choose an answer to continue.")).toBeVisible();
  await expect(question(page)).toContainText("Question 3 of");
});

test("every form control carries its answer key as its name", async ({ page }) => {
  await page.goto("/quiz");
  const names = await page
    .getByRole("radio")
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name));
  expect(new Set(names)).toEqual(new Set(["caudaEquina"]));
});

test("the quiz and its result fit a 320 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  const target = candidateForType("load", { worstPain: 6 });
  await page.goto("/quiz");
  for (const screen of quizScreensV2(target)) {
    expect(await overflow()).toBeLessThanOrEqual(0);
    await answerScreen(page, screen);
  }
  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole("definition").filter({ hasText: "Load intolerant" })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the quiz says it needs JavaScript, repeats the urgent signs and sends no answers anywhere", async ({
    page,
    request,
  }) => {
    // Playwright turns scripts off without turning <noscript> on, so the
    // note is checked in the HTML the server sends.
    const html = await (await request.get("/quiz")).text();
    expect(html).toMatch(
      /<noscript>.*This quiz needs JavaScript.*rest-or-move guide.*get urgent care now.*<\/noscript>/is,
    );

    await page.goto("/quiz");
    await page.getByRole("radio", { name: "No", exact: true }).check();
    await expect(page.getByRole("button", { name: "Continue" })).toBeDisabled();
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  });
});
