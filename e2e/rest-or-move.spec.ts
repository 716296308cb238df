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

  test("the whole red-flag list comes once, before the first question; later steps and the result put the step first and a short note after it", async ({
    page,
  }) => {
    await page.goto("/rest-or-move");
    const full = page.locator('[data-red-flag-list=""]').first();
    await expect(full).toBeVisible();
    await expect(full).toContainText("Get urgent care now");
    const firstQuestion = page.getByRole("heading", {
      level: 2,
      name: /how bad has the pain been/,
    });
    expect((await full.boundingBox())!.y).toBeLessThan((await firstQuestion.boundingBox())!.y);

    for (const url of ["/rest-or-move?pain=severe", "/rest-or-move?pain=extreme"]) {
      await page.goto(url);
      const note = page.locator('[data-red-flag-list="check"]');
      await expect(note).toContainText("Get urgent care now");
      await expect(note).toContainText("both legs");
      // The whole list is a tap away, collapsed.
      await expect(note.locator('[data-red-flag-list=""]')).toBeHidden();
      await note.getByText("Check these warning signs").click();
      await expect(note.locator('[data-red-flag-list=""]')).toContainText("within 24 hours");
      const step = page.locator("#step");
      expect((await step.boundingBox())!.y).toBeLessThan((await note.boundingBox())!.y);
    }
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 375, height: 667 } });

    test("after each step the new question, not a warning box, is on the screen", async ({
      page,
    }) => {
      await page.goto("/rest-or-move");
      const steps = [
        ["Moderate", "Step 2 of 5", "Can you walk, get out of bed and get dressed?"],
        ["Yes", "Step 3 of 5", "How does moving affect the pain?"],
        ["Some things hurt, but it stays about the same", "Step 4 of 5", null],
        ["No", "Step 5 of 5", null],
      ] as const;
      for (const [choice, label, prompt] of steps) {
        await answer(page, [choice]);
        const heading = page.getByRole("heading", { level: 2 }).first();
        if (prompt) await expect(heading).toHaveText(prompt);
        await expect(heading).toBeInViewport();
        await expect(page.getByText(label)).toBeInViewport();
        await expect(page).toHaveTitle(new RegExp(`^${label} · Should I rest or move\\?`));
        if (label === "Step 2 of 5") {
          await page.screenshot({ path: test.info().outputPath("guide-step-2-375-no-js.png") });
        }
      }
      await answer(page, ["Yes"]);
      await expect(page.getByRole("heading", { level: 2, name: /^Category C/ })).toBeInViewport();
      await expect(page).toHaveTitle(/^Your result, C: /);
    });
  });
  test("Back returns to the previous question with the earlier answers kept", async ({ page }) => {
    await page.goto("/rest-or-move");
    await answer(page, ["Moderate", "Yes"]);
    await expect(
      page.getByRole("group", { name: "How does moving affect the pain?" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page).toHaveURL(/\/rest-or-move\?pain=moderate#step$/);
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
  await expect(page.getByText("Step 2 of 4")).toBeVisible();
});

test.describe("on a phone, with JavaScript", () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test("focus moves to each new question and to the result, which comes before the safety note", async ({
    page,
  }) => {
    await page.goto("/rest-or-move");
    for (const [choice, prompt] of [
      ["Severe", "Can you walk, get out of bed and get dressed?"],
      ["Yes", "How does moving affect the pain?"],
    ] as const) {
      await answer(page, [choice]);
      const heading = page.getByRole("heading", { level: 2, name: prompt });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      if (choice === "Severe") {
        await page.screenshot({ path: test.info().outputPath("guide-step-2-375-js.png") });
      }
    }
    await answer(page, ["It eases as I get moving", "No"]);
    const result = page.getByRole("heading", { level: 2, name: /^Category D/ });
    await expect(result).toBeFocused();
    await expect(result).toBeInViewport();
    const note = page.locator('[data-red-flag-list="check"]');
    expect((await result.boundingBox())!.y).toBeLessThan((await note.boundingBox())!.y);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath("guide-result-375-js.png") });
  });
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
