// /learn, the course (docs/product.md §11): guests read every lesson and get the check
// question's explanation without an account; members answer, see the explanation, get a tick
// on /learn, and the dashboard's next lesson moves on. Works without JavaScript too.
import { expect as baseExpect, test as base } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/members";

const SIGNED_IN_HINT = "lbp_signed_in";

base.describe("as a guest", () => {
  base(
    "sees the 17 lessons in order, with their reading time, and no sign-in wall",
    async ({ page }) => {
      await page.goto("/learn");
      await baseExpect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Learn: a short course on back pain",
      );
      const lessons = page.getByRole("list", { name: "Lessons" }).getByRole("listitem");
      await baseExpect(lessons).toHaveCount(17);
      await baseExpect(lessons.first()).toContainText(
        "Why backs hurt, and why it is rarely damage",
      );
      await baseExpect(lessons.nth(1)).toContainText("Hurt is not harm");
      await baseExpect(lessons.last()).toContainText("When to see someone");
      await baseExpect(lessons.first()).toContainText(/\d min/);
      // No ticks and no progress bar for a guest.
      await baseExpect(page.getByRole("progressbar")).toHaveCount(0);
      await baseExpect(
        page.getByRole("banner").getByRole("link", { name: "Learn" }),
      ).toHaveAttribute("href", "/learn");
      await expectNoAxeViolations(page);
    },
  );

  base(
    "reads a lesson and gets the explanation for a wrong answer, then a right one",
    async ({ page }) => {
      await page.goto("/learn");
      await page.getByRole("link", { name: /Lesson 1: Why backs hurt/ }).click();
      await baseExpect(page).toHaveURL(/\/learn\/why-backs-hurt$/);
      await baseExpect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Why backs hurt, and why it is rarely damage",
      );
      await baseExpect(page.getByRole("heading", { name: "Try this today" })).toBeVisible();
      const question = page.getByRole("group", { name: "Most lower back pain is caused by…" });
      await question.getByLabel("a slipped disc that needs surgery").check();
      await page.getByRole("button", { name: "Check my answer" }).click();
      await baseExpect(page).toHaveURL(/\/learn\/why-backs-hurt\?answer=a#check$/);
      const verdict = page.getByRole("status");
      await baseExpect(verdict).toContainText("Not quite.");
      await baseExpect(verdict).toContainText("The best answer: no single damaged part");
      await baseExpect(verdict).toContainText("Your spine is strong");
      await expectNoAxeViolations(page);

      await question.getByLabel(/no single damaged part/).check();
      await page.getByRole("button", { name: "Check my answer" }).click();
      await baseExpect(page.getByRole("status")).toContainText("Right.");
      await page.getByRole("link", { name: /Next lesson Hurt is not harm/ }).click();
      await baseExpect(page).toHaveURL(/\/learn\/hurt-is-not-harm$/);
    },
  );

  base("the 'when to see someone' lesson shows the site's one red-flag list", async ({ page }) => {
    await page.goto("/learn/when-to-see-someone");
    const list = page.locator('[data-red-flag-list=""]');
    await baseExpect(list).toContainText("Get urgent care now");
    await baseExpect(list).toContainText("pain that has recently started going down both legs");
    // No warning-sign list of the lesson's own (docs/product.md §6; e2e/red-flags.spec.ts).
    const foreign = await page.locator("li").evaluateAll((nodes) =>
      nodes
        .filter((node) => !node.closest("[data-red-flag-list]"))
        .map((node) => node.textContent ?? "")
        .filter((text) => /bladder|bowel|genital|back passage|saddle|both legs|fever/i.test(text)),
    );
    baseExpect(foreign).toEqual([]);
    await expectNoAxeViolations(page);
  });

  base("an unknown lesson is a 404", async ({ page }) => {
    const response = await page.goto("/learn/no-such-lesson");
    baseExpect(response?.status()).toBe(404);
  });
});

base.describe("without JavaScript", () => {
  base.use({ javaScriptEnabled: false });
  base("a guest still gets the explanation", async ({ page }) => {
    await page.goto("/learn/sleep");
    await page.getByLabel(/Regular sleep and wake times/).check();
    await page.getByRole("button", { name: "Check my answer" }).click();
    await baseExpect(page.getByRole("status")).toContainText("Right.");
  });
});

test("a member answers two lessons, sees each explanation and tick, and the dashboard's next lesson moves on to the third", async ({
  page,
  member,
}) => {
  void member;
  await page.goto("/dashboard");
  const card = page.getByRole("region", { name: "Next lesson" });
  await expect(card).toContainText("Why backs hurt, and why it is rarely damage");
  await expect(card).toContainText("0 of 17 lessons done");
  await card.getByRole("link", { name: "Start the course" }).click();
  await expect(page).toHaveURL(/\/learn\/why-backs-hurt$/);

  // Wrong first: the explanation shows, and the lesson is done all the same.
  await page.getByLabel("a weak spine that needs protecting").check();
  await page.getByRole("button", { name: "Check my answer" }).click();
  await expect(page.getByRole("status")).toContainText("Not quite.");
  await expect(page.getByRole("status")).toContainText("Lesson done.");
  await expect(page.getByRole("status")).toContainText("1 of 17 lessons done");
  await expectNoAxeViolations(page);

  // Then right.
  await page.getByLabel(/no single damaged part/).check();
  await page.getByRole("button", { name: "Check my answer" }).click();
  await expect(page.getByRole("status")).toContainText("Right.");
  await expect(page.getByRole("status")).toContainText("1 of 17 lessons done");

  await page.goto("/learn");
  await expect(page.getByRole("link", { name: /Why backs hurt.*\(done\)/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Hurt is not harm \(done\)/ })).toHaveCount(0);
  await expect(page.getByRole("progressbar", { name: "Course progress" })).toHaveAttribute(
    "aria-valuenow",
    "1",
  );
  await expect(page.getByRole("link", { name: "Continue with: Hurt is not harm" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Next lesson" })).toContainText("Hurt is not harm");
  await expect(page.getByRole("region", { name: "Next lesson" })).toContainText(
    "1 of 17 lessons done",
  );

  // A second lesson done: the dashboard points to the third.
  await page.getByRole("region", { name: "Next lesson" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/learn\/hurt-is-not-harm$/);
  await page.getByLabel(/That amount of walking is safe/).check();
  await page.getByRole("button", { name: "Check my answer" }).click();
  await expect(page.getByRole("status")).toContainText("Right.");
  await expect(page.getByRole("status")).toContainText("2 of 17 lessons done");
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Next lesson" })).toContainText(
    "Flares and what to do",
  );
  await expect(page.getByRole("region", { name: "Next lesson" })).toContainText(
    "2 of 17 lessons done",
  );
});

test("a member whose browser has no hint cookie still reads the static course", async ({
  page,
  member,
}) => {
  void member;
  await page.context().clearCookies({ name: SIGNED_IN_HINT });
  await page.goto("/learn");
  await expect(page.getByRole("list", { name: "Lessons" }).getByRole("listitem")).toHaveCount(17);
});

test("a member without JavaScript answers and gets the explanation and the tick", async ({
  page,
  member,
  browser,
}) => {
  void member;
  const cookies = await page.context().cookies();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(cookies);
  const noScript = await context.newPage();
  await noScript.goto("/learn/pacing");
  await noScript.getByLabel(/Do about your usual amount/).check();
  await noScript.getByRole("button", { name: "Check my answer" }).click();
  await expect(noScript).toHaveURL(/\/learn\/pacing\?answer=b#check$/);
  await expect(noScript.getByRole("status")).toContainText("Right.");
  await expect(noScript.getByRole("status")).toContainText("Lesson done.");
  await noScript.goto("/learn");
  await expect(
    noScript.getByRole("link", { name: /Pacing and the boom–bust cycle \(done\)/ }),
  ).toBeVisible();
  await context.close();
});
