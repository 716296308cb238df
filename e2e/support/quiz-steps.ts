import { expect, type Page } from "@playwright/test";
import type { QuizV2Draft } from "../../lib/quiz/v2/model";
import { quizScreensV2, type QuizScreenV2 } from "../../lib/quiz/v2/test-answers";
import { expectNoAxeViolations } from "./axe";

// Drives the quiz (version 2) the way a person does: read the question, pick the option by
// its visible label (tick each box of a multi-select), press Continue.

export const quizQuestion = (page: Page) => page.getByRole("heading", { level: 2 });

export async function answerScreen(page: Page, screen: QuizScreenV2, { axe = false } = {}) {
  await expect(quizQuestion(page)).toContainText(screen.prompt);
  const group = page.getByRole("group", { name: screen.prompt });
  for (const label of screen.optionLabels) {
    await group
      .getByRole(screen.multi ? "checkbox" : "radio", { name: label, exact: true })
      .check();
  }
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /^(Continue|See my result)$/ }).click();
}

export async function takeQuiz(page: Page, target: QuizV2Draft, options: { axe?: boolean } = {}) {
  await page.goto("/quiz");
  for (const screen of quizScreensV2(target)) await answerScreen(page, screen, options);
  await expect(page).toHaveURL(/\/quiz\/result$/);
}

/** Fills the sign-up form already on screen; returns the new account's email and password. */
export async function fillSignUp(page: Page) {
  const email = `quiz-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  const password = "a calm walk every morning 42";
  await page.getByLabel("Name").fill("Quiz Taker");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  return { email, password };
}
