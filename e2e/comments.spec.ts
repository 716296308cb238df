// Comments on articles: moderation before publication, privacy of the
// commenter's email, plain-text rendering, spam defences, and a member's
// details filled in for them.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_ADMIN } from "./support/admin";
import { expectNoAxeViolations } from "./support/axe";
import { setOwnNetwork, signIn, signUpAndSignIn, uniqueEmail } from "./support/members";

const ARTICLE = "/articles/walking-for-lower-back-pain";

type Comment = { name: string; email: string; body: string };

function newComment(body?: string): Comment {
  const tag = randomBytes(4).toString("hex");
  return {
    name: `Guest ${tag}`,
    email: uniqueEmail(`commenter-${tag}`),
    body: body ?? `Short walks helped me a lot (${tag}).`,
  };
}

/** A fresh browser context on its own client address, so rate limits never couple tests. */
async function guestPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await setOwnNetwork(context);
  return context.newPage();
}

async function postCommentAction(page: Page, comment: Comment) {
  await page.goto(`${ARTICLE}#comments`);
  await submitComment(page, comment);
}

/** Fills the form on the current page and waits for the "awaiting moderation" answer. */
async function submitComment(page: Page, comment: Comment) {
  await page.getByLabel("Name").fill(comment.name);
  await page.getByLabel("Email").fill(comment.email);
  await page.getByLabel("Comment").fill(comment.body);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "once a moderator has approved it" }),
  ).toBeVisible();
}

async function moderate(
  browser: Browser,
  comment: Comment,
  action: "Approve" | "Reject" | "Mark as spam",
) {
  const page = await guestPage(browser);
  await signIn(page, E2E_ADMIN, "/admin");
  await page.getByRole("button", { name: `${action} comment by ${comment.name}` }).click();
  await expect(page.getByRole("status")).toContainText(
    action === "Approve" ? "approved" : action === "Reject" ? "rejected" : "spam",
  );
  await expect(page.getByText(comment.body)).toHaveCount(0);
  await page.context().close();
}

const commentsList = (page: Page) => page.locator("#comments");

test("a guest comment is not shown until an admin approves it, then it is", async ({ browser }) => {
  const comment = newComment();
  const guest = await guestPage(browser);
  await postCommentAction(guest, comment);
  // The form empties after a successful post.
  await expect(guest.getByLabel("Comment")).toHaveValue("");

  await guest.reload();
  await expect(commentsList(guest).getByText("No comments yet")).toBeVisible();
  await expect(guest.getByText(comment.body)).toHaveCount(0);

  await moderate(browser, comment, "Approve");

  await guest.reload();
  const shown = commentsList(guest).getByRole("listitem").filter({ hasText: comment.body });
  await expect(shown).toBeVisible();
  await expect(shown).toContainText(comment.name);
  await expect(shown.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  // The readable date comes formatted from the server ("24 November 2026").
  await expect(shown.locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});

test("approved comments show oldest first; rejected and spam never show", async ({ browser }) => {
  const first = newComment();
  const second = newComment();
  const rejected = newComment();
  const spam = newComment();
  const guest = await guestPage(browser);
  for (const c of [first, second, rejected, spam]) await postCommentAction(guest, c);
  await moderate(browser, second, "Approve");
  await moderate(browser, first, "Approve");
  await moderate(browser, rejected, "Reject");
  await moderate(browser, spam, "Mark as spam");

  await guest.reload();
  await expect(commentsList(guest).getByText(second.body)).toBeVisible();
  const texts = await commentsList(guest).getByRole("listitem").allTextContents();
  const order = [first, second].map((c) => texts.findIndex((t) => t.includes(c.body)));
  expect(order[0]).toBeGreaterThanOrEqual(0);
  expect(order[0]).toBeLessThan(order[1] ?? -1);
  for (const c of [rejected, spam]) expect(texts.some((t) => t.includes(c.body))).toBe(false);
});

test("the commenter's email never appears in any page's HTML", async ({ browser }) => {
  const comment = newComment();
  const guest = await guestPage(browser);
  await postCommentAction(guest, comment);

  const admin = await guestPage(browser);
  await signIn(admin, E2E_ADMIN, "/admin");
  const pending = admin.getByRole("article").filter({ hasText: comment.body });
  await expect(pending).toContainText(`${comment.email[0]}•••@e2e.lbpfix.test`);
  expect(await admin.content()).not.toContain(comment.email);
  // The moderation form posts somewhere real without JavaScript (W3C: action must not be empty).
  const adminHtml = await (await admin.request.get("/admin")).text();
  expect(adminHtml.match(/<form[^>]*action=""[^>]*>/g) ?? []).toEqual([]);
  await admin.getByRole("button", { name: `Approve comment by ${comment.name}` }).click();
  await expect(admin.getByRole("status")).toContainText("approved");
  expect(await admin.content()).not.toContain(comment.email);

  await guest.reload();
  await expect(guest.getByText(comment.body)).toBeVisible();
  expect(await guest.content()).not.toContain(comment.email);
  for (const route of [
    ARTICLE,
    `${ARTICLE}/comments`,
    "/articles",
    "/",
    "/feed.xml",
    "/sitemap.xml",
  ]) {
    const body = await (await guest.request.get(route)).text();
    expect(body, route).not.toContain(comment.email);
  }
});

test("a comment containing <script> shows as text and never runs", async ({ browser }) => {
  const comment = newComment(
    `<script>window.__pwned = true</script> <b>bold?</b> ${randomBytes(3).toString("hex")}`,
  );
  const guest = await guestPage(browser);
  await postCommentAction(guest, comment);
  await moderate(browser, comment, "Approve");
  await guest.reload();
  await expect(commentsList(guest).getByText(comment.body)).toBeVisible();
  expect(
    await guest.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
  ).toBeUndefined();
  await expect(commentsList(guest).locator("b")).toHaveCount(0);
});

test("too many links or an overlong comment is refused with the reason", async ({ browser }) => {
  const guest = await guestPage(browser);
  const comment = newComment("See https://a.example and https://b.example and https://c.example");
  await guest.goto(ARTICLE);
  await guest.getByLabel("Name").fill(comment.name);
  await guest.getByLabel("Email").fill(comment.email);
  await guest.getByLabel("Comment").fill(comment.body);
  await guest.getByRole("button", { name: "Post comment" }).click();
  await expect(guest.getByText("Include at most 2 links.")).toBeVisible();
  await expect(guest.getByLabel("Comment")).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept.
  await expect(guest.getByLabel("Name")).toHaveValue(comment.name);
  await expect(guest.getByLabel("Comment")).toHaveValue(comment.body);
  await expect(guest.getByLabel("Comment")).toHaveAttribute("maxlength", "2000");
});

test("a bot that fills the honeypot is told it worked, but nothing reaches moderation", async ({
  browser,
}) => {
  const comment = newComment();
  const bot = await guestPage(browser);
  await bot.goto(ARTICLE);
  await bot.getByLabel("Name").fill(comment.name);
  await bot.getByLabel("Email").fill(comment.email);
  await bot.getByLabel("Comment").fill(comment.body);
  await bot.locator('input[name="website"]').fill("https://spam.example");
  await bot.getByRole("button", { name: "Post comment" }).click();
  await expect(
    bot.getByRole("status").filter({ hasText: "once a moderator has approved it" }),
  ).toBeVisible();

  const admin = await guestPage(browser);
  await signIn(admin, E2E_ADMIN, "/admin");
  await expect(admin.getByText(comment.body)).toHaveCount(0);
});

test("posting works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await setOwnNetwork(context);
  const page = await context.newPage();
  const comment = newComment();
  await page.goto(ARTICLE);
  // The approved list needs JavaScript; the page says so to those without it.
  expect(await (await page.request.get(ARTICLE)).text()).toMatch(
    /<noscript>.*Turn on JavaScript to read the comments\./,
  );
  await submitComment(page, comment);

  const admin = await guestPage(browser);
  await signIn(admin, E2E_ADMIN, "/admin");
  await expect(admin.getByText(comment.body)).toBeVisible();
});

test("a signed-in member finds their name and email filled in", async ({ page }) => {
  const member = await signUpAndSignIn(page, { name: "Mo Member" });
  await page.goto(ARTICLE);
  await expect(page.getByLabel("Name")).toHaveValue("Mo Member");
  await expect(page.getByLabel("Email")).toHaveValue(member.email);
  await expect(page.getByText("Never shown publicly.")).toBeVisible();
  await expectNoAxeViolations(page);
});
