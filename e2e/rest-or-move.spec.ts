// The rest-or-move guide: a GET form per question, so every path works
// without JavaScript and each step has a URL.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

async function answer(page: Page, choices: string[]) {
  for (const choice of choices) {
    await page.getByRole("radio", { name: choice, exact: true }).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
}

// Everything but the axe check runs with JavaScript off: the guide needs none.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  const paths: { category: string; title: string; choices: string[] }[] = [
    {
      category: "A",
      title: "A specific, localised injury",
      choices: ["Moderate", "Yes", "Some things hurt, but it stays about the same", "Yes"],
    },
    { category: "B", title: "Get assessed first", choices: ["Extreme"] },
    { category: "B", title: "Get assessed first", choices: ["Mild", "Only with great difficulty"] },
    {
      category: "B",
      title: "Get assessed first",
      choices: ["Severe", "Yes", "It gets worse with any and all activity"],
    },
    {
      category: "C",
      title: "Moderate to severe pain that stays stable with activity",
      choices: ["Severe", "Yes", "Some things hurt, but it stays about the same", "No"],
    },
    {
      category: "C",
      title: "Moderate to severe pain that stays stable with activity",
      choices: ["Moderate", "Yes", "Some things hurt, but it stays about the same", "No", "Yes"],
    },
    {
      category: "D",
      title: "Keep moving and experiment",
      choices: ["Moderate", "Yes", "Some things hurt, but it stays about the same", "No", "No"],
    },
    {
      category: "D",
      title: "Keep moving and experiment",
      choices: ["Severe", "Yes", "It eases as I get moving", "No"],
    },
  ];

  for (const { category, title, choices } of paths) {
    test(`reaches ${category} for: ${choices.join(" → ")}`, async ({ page }) => {
      await page.goto("/rest-or-move");
      await answer(page, choices);
      const result = page.getByRole("heading", {
        level: 2,
        name: `Category ${category}: ${title}`,
      });
      await expect(result).toBeVisible();
      for (const list of ["What to do", "What to avoid", "When to get assessed"]) {
        await expect(page.getByRole("heading", { level: 3, name: list })).toBeVisible();
      }
      await expect(page).toHaveURL(/\/rest-or-move\?pain=/);
    });
  }

  test("the red-flag note comes before everything else, on every step", async ({ page }) => {
    for (const url of [
      "/rest-or-move",
      "/rest-or-move?pain=severe",
      "/rest-or-move?pain=extreme",
    ]) {
      await page.goto(url);
      const first = page.locator("main > div > :first-child");
      await expect(first).toContainText("Warning signs");
      await expect(first).toContainText("Get urgent care now");
    }
  });

  test("Back returns to the previous question with the earlier answers kept", async ({ page }) => {
    await page.goto("/rest-or-move");
    await answer(page, ["Moderate", "Yes"]);
    await expect(
      page.getByRole("group", { name: "How does moving affect the pain?" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page).toHaveURL(/\/rest-or-move\?pain=moderate$/);
    await expect(
      page.getByRole("group", { name: "Can you walk, get out of bed and get dressed?" }),
    ).toBeVisible();
  });

  test("an unknown answer in the URL asks the question again", async ({ page }) => {
    await page.goto("/rest-or-move?pain=sideways");
    await expect(page.getByRole("alert")).toHaveText("Choose one of the answers below.");
    await expect(page.getByRole("group", { name: /how bad has the pain been/ })).toBeVisible();
  });

  test("the first step is prerendered; later steps are not indexed", async ({ request }) => {
    expect((await request.get("/rest-or-move")).headers()["x-nextjs-prerender"]).toMatch(/^1\b/);
    expect(await (await request.get("/rest-or-move?pain=mild")).text()).toContain(
      '<meta name="robots" content="noindex, follow"/>',
    );
  });
});

test("with JavaScript too, Back shows the previous question", async ({ page }) => {
  await page.goto("/rest-or-move");
  await answer(page, ["Mild", "Yes"]);
  await expect(page.getByRole("group", { name: "How does moving affect the pain?" })).toBeVisible();
  await page.getByRole("link", { name: "Back" }).click();
  await expect(
    page.getByRole("group", { name: "Can you walk, get out of bed and get dressed?" }),
  ).toBeVisible();
  await expect(page.getByText("Question 2")).toBeVisible();
});

test("the guide and its result have no axe violations", async ({ page }) => {
  await page.goto("/rest-or-move");
  await expectNoAxeViolations(page);
  await page.goto(
    "/rest-or-move?pain=severe&dailyFunction=yes&activityResponse=stable&recentInjury=no",
  );
  await expect(page.getByRole("heading", { level: 2, name: /Category C/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
