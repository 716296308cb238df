import { expect, test } from "@playwright/test";
import { BUDGETED_ROUTES, JS_BUDGETS_KB, kb, scriptsOf, totalGzip } from "../scripts/lib/js-size";
import { signUpAndSignIn } from "./support/members";

// Issue 7's budgets: gzip JavaScript each main route loads, framework
// included. A route over budget fails the suite (and so CI).
test("every main route stays within its JavaScript budget", async ({ page, baseURL }) => {
  await signUpAndSignIn(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const report: string[] = [];
  const over: string[] = [];
  for (const route of BUDGETED_ROUTES) {
    const bytes = totalGzip(
      await scriptsOf(`${baseURL}${route.path}`, route.signedIn ? cookie : undefined),
    );
    const budget = JS_BUDGETS_KB[route.budget] * 1024;
    report.push(`${route.path}: ${kb(bytes)} of ${kb(budget)}`);
    if (bytes > budget) over.push(`${route.path} ${kb(bytes)} > ${kb(budget)}`);
  }
  console.log(report.join("\n"));
  expect(over).toEqual([]);
});
