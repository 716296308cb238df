import { expect, type Page } from "@playwright/test";
import { quizScreens, type QuizScreen } from "../../lib/quiz/test-answers";
import type { QuizAnswers } from "../../lib/quiz/types";
import { expectNoAxeViolations } from "./axe";

// Drives the quiz the way a person does: read the question, pick the option
// by its visible label, press Continue.

export const quizQuestion = (page: Page) => page.getByRole("heading", { level: 2 });

export async function answerScreen(page: Page, screen: QuizScreen, { axe = false } = {}) {
  await expect(quizQuestion(page)).toContainText(screen.prompt);
  const group = page.getByRole("group", { name: screen.prompt });
  await group.getByRole("radio", { name: screen.optionLabel, exact: true }).check();
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /^(Continue|See my result)$/ }).click();
}

export async function takeQuiz(page: Page, target: QuizAnswers, options: { axe?: boolean } = {}) {
  await page.goto("/quiz");
  for (const screen of quizScreens(target)) await answerScreen(page, screen, options);
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
