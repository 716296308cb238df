import { expect, test, type Page } from "@playwright/test";
import { BUDGETED_ROUTES, JS_BUDGETS_KB, kb, scriptsOf, totalGzip } from "../scripts/lib/js-size";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";
import { signUpAndSignIn } from "./support/members";

// Issue 7's budgets: gzip JavaScript each main route loads, framework
// included. A route over budget fails the suite (and so CI).
test("every main route stays within its JavaScript budget", async ({ page, browser, baseURL }) => {
  const cookieOf = async (p: Page) =>
    (await p.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await signUpAndSignIn(page);
  const cookie = await cookieOf(page);
  const onPlanPage = await (await browser.newContext()).newPage();
  await signInAs(onPlanPage, E2E_MEMBERS.playerBudget.email);
  const onPlanCookie = await cookieOf(onPlanPage);
  const report: string[] = [];
  const over: string[] = [];
  for (const route of BUDGETED_ROUTES) {
    const bytes = totalGzip(
      await scriptsOf(
        `${baseURL}${route.path}`,
        route.onPlan ? onPlanCookie : route.signedIn ? cookie : undefined,
      ),
    );
    const budget = JS_BUDGETS_KB[route.budget] * 1024;
    report.push(`${route.path}: ${kb(bytes)} of ${kb(budget)}`);
    if (bytes > budget) over.push(`${route.path} ${kb(bytes)} > ${kb(budget)}`);
  }
  console.log(report.join("\n"));
  expect(over).toEqual([]);
});
