// Members made through the real sign-up form, for any spec that needs one:
//
//   import { test } from "./support/members";
//   test("…", async ({ page, member }) => { … member.email … });
//
// or `await signUpAndSignIn(page)` for a second member in the same test.
// Each call gets a fresh email and its browser context its own made-up
// client address (X-Forwarded-For, which the app reads for rate limits), so
// specs never share a rate-limit bucket however many members they create.
import { randomInt } from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export type Member = { name: string; email: string; password: string };

export const MEMBER_PASSWORD = "calm walks every morning";

let counter = 0;

export function uniqueEmail(label = "member"): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}.${counter}.${randomInt(1e6)}@e2e.lbpfix.test`;
}

/** A documentation-range address (198.18.0.0/15, RFC 2544) unique enough per context. */
export function randomClientIp(): string {
  return `198.${18 + randomInt(2)}.${randomInt(256)}.${1 + randomInt(254)}`;
}

/** Makes every request of the context come from its own client address. */
export async function setOwnNetwork(
  context: BrowserContext,
  ip = randomClientIp(),
): Promise<string> {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  return ip;
}

export async function signUp(page: Page, member: Member): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(member.name);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Signs a brand-new member up (which signs them in) and waits for the dashboard. */
export async function signUpAndSignIn(
  page: Page,
  overrides: Partial<Member> = {},
): Promise<Member> {
  await setOwnNetwork(page.context());
  const member: Member = {
    name: "Sam Member",
    email: uniqueEmail(),
    password: MEMBER_PASSWORD,
    ...overrides,
  };
  await signUp(page, member);
  await page.waitForURL((url) => url.pathname === "/dashboard");
  return member;
}

/** Signs in through the form; lands on `next` (default /dashboard). */
export async function signIn(
  page: Page,
  member: Pick<Member, "email" | "password">,
  next = "/dashboard",
): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** Signs out from the account page (the sign-out control lives there). */
export async function signOut(page: Page): Promise<void> {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await expect(page.getByRole("status").filter({ hasText: "You’re signed out." })).toBeVisible();
}

/** Playwright's `test` with a `member` fixture: a new member, signed in on `page`. */
export const test = base.extend<{ member: Member }>({
  member: async ({ page }, provide) => {
    await provide(await signUpAndSignIn(page));
  },
});

export { expect };
