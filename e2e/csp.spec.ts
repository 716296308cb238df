// Security review F13: pages rendered per request (member, auth, admin) carry a strict
// nonce policy and still work (React hydrates, forms answer without a page load) with no
// policy violation; prerendered pages keep the policy they had. See
// docs/decisions/0002-content-security-policy.md.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { contentSecurityPolicy } from "../lib/security/content-security-policy.mjs";
import { E2E_ADMIN } from "./support/admin";
import { signIn, signUpAndSignIn } from "./support/members";

const STATIC_PAGES = [
  "/",
  "/articles",
  "/articles/walking-for-lower-back-pain",
  "/quiz",
  "/privacy",
  "/rest-or-move",
];
const AUTH_PAGES = [
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/reset-password?token=not-a-real-token",
];
const MEMBER_PAGES = [
  "/dashboard",
  "/journal",
  "/journal/insights",
  "/program",
  "/assessments",
  "/account",
];

declare global {
  interface Window {
    cspViolations: string[];
    sameDocument?: boolean;
  }
}

/** The nonce in a response's policy, after checking the policy is the strict one. */
async function expectNoncePolicy(response: APIResponse, route: string): Promise<string> {
  expect(response.status(), route).toBe(200);
  const policy = response.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `nonce in script-src on ${route}: ${policy}`).toBeTruthy();
  expect(scriptSrc, route).toContain("'strict-dynamic'");
  expect(scriptSrc, route).not.toContain("'unsafe-inline'");
  for (const directive of ["base-uri 'none'", "object-src 'none'", "frame-ancestors 'none'"]) {
    expect(policy, route).toContain(directive);
  }
  // Next put the nonce on every script it rendered.
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, route).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, route).toContain(`nonce="${nonce}"`);
  return nonce!;
}

/** Records every policy violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

async function expectNoViolations(page: Page) {
  expect(await page.evaluate(() => window.cspViolations), page.url()).toEqual([]);
}

/** Marks the loaded document; a full page load would lose the mark. */
async function markDocument(page: Page) {
  await page.evaluate(() => (window.sameDocument = true));
}

async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => window.sameDocument), "answered without a page load").toBe(true);
}

test("prerendered pages keep their policy, which has no nonce", async ({ request }) => {
  const unchanged = contentSecurityPolicy({ development: false, upgradeInsecureRequests: false });
  for (const route of STATIC_PAGES) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    expect(response.headers()["content-security-policy"], route).toBe(unchanged);
  }
});

test("the sign-in pages carry a fresh nonce policy and their forms work under it", async ({
  page,
  request,
}) => {
  for (const route of AUTH_PAGES) {
    const first = await expectNoncePolicy(await request.get(route), route);
    const second = await expectNoncePolicy(await request.get(route), route);
    expect(second, `a new nonce for each response on ${route}`).not.toBe(first);
  }

  await watchViolations(page);
  await page.goto("/sign-up");
  await markDocument(page);
  await page.getByRole("button", { name: "Create account" }).click();
  // The browser's own check, which runs only once React has hydrated the form.
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter your email address\./);
  await expectSameDocument(page);
  await expectNoViolations(page);
});

test("a member's pages carry a nonce policy, and saving a journal entry works under it", async ({
  page,
}) => {
  await watchViolations(page);
  await signUpAndSignIn(page, { name: "Nonce Nora" });
  for (const route of MEMBER_PAGES) await expectNoncePolicy(await page.request.get(route), route);

  await page.goto("/journal");
  await markDocument(page);
  await page.getByLabel("Pain (0–10)", { exact: true }).fill("3");
  await page.getByLabel("Worst pain (0–10)", { exact: true }).fill("5");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved your entry" })).toBeVisible();
  await expectSameDocument(page);
  // Client-side navigation loads more scripts: 'strict-dynamic' lets Next's own load them.
  await page
    .getByRole("navigation", { name: "Journal" })
    .getByRole("link", { name: "Insights" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Your insights" })).toBeVisible();
  await expectSameDocument(page);
  await expectNoViolations(page);
});

test("the admin page carries a nonce policy and runs its scripts under it", async ({ page }) => {
  await watchViolations(page);
  await signIn(page, E2E_ADMIN, "/admin");
  await expectNoncePolicy(await page.request.get("/admin"), "/admin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});
