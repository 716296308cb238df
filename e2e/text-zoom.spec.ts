// Text at 200 % (WCAG 1.4.4): people who set a large text size in their browser get every
// word with nothing overlapping, header included (issue 17): on a 375 px phone the header's
// links and buttons never sit on each other, and on a desktop window nothing scrolls
// sideways. (A 375 px phone at 200 % text leaves a card about 230 px for a button, so there
// some words may need a sideways scroll; narrow layouts at normal text are the 320 px tests.)
import { expect, test, type Page } from "@playwright/test";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";

/** The browser's text-size setting scales the root font size; every rem follows it. */
async function doubleTextSize(page: Page) {
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
}

/** Pairs of visible header controls whose boxes overlap. */
async function overlapsInHeader(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Visible ones only: an article's header keeps its sources in a closed <details>, whose
    // links still report boxes.
    const items = [...document.querySelectorAll("header a, header button")]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ name: el.textContent?.trim() ?? "", box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const clash: string[] = [];
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1)) {
        const apart =
          a.box.right <= b.box.left ||
          b.box.right <= a.box.left ||
          a.box.bottom <= b.box.top ||
          b.box.bottom <= a.box.top;
        if (!apart) clash.push(`${a.name} × ${b.name}`);
      }
    }
    return clash;
  });
}

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

async function expectReadableAtDoubleSize(page: Page, path: string) {
  await test.step(path, async () => {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    await doubleTextSize(page);
    expect(await overlapsInHeader(page), `${path} header at 375 px`).toEqual([]);

    await page.setViewportSize(DESKTOP);
    expect(await overlapsInHeader(page), `${path} header at 1280 px`).toEqual([]);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways, `${path} scrolls sideways at 1280 px`).toBeLessThanOrEqual(0);
  });
}

test("at 200 % text a guest's pages keep their header apart and never scroll sideways", async ({
  page,
}) => {
  for (const path of [
    "/",
    "/articles/why-rest-can-make-back-pain-worse",
    "/quiz",
    "/rest-or-move",
  ]) {
    await expectReadableAtDoubleSize(page, path);
  }
});

test("at 200 % text a member's pages keep their header apart and never scroll sideways", async ({
  page,
}) => {
  await signInAs(page, E2E_MEMBERS.program.email);
  for (const path of ["/dashboard", "/program", "/journal", "/journal/insights", "/account"]) {
    await expectReadableAtDoubleSize(page, path);
  }
});
