import { test, type Page } from "@playwright/test";
import { E2E_MEMBERS, signInAs } from "./support/member-fixtures";

for (const [w, h] of [
  [375, 740],
  [1280, 900],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`shots ${w} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.clock.install();
      await signInAs(page, E2E_MEMBERS.playerKeys.email, undefined, "/program/session");
      const shot = (n: string) =>
        page.screenshot({
          path: `/tmp/shots/${n}-${w}-${scheme}.png`,
          fullPage: n === "intro" || n === "finish",
        });
      const now = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(now + 1000);
      await shot("intro");
      await page
        .getByRole("group", { name: "Pain right now (required)" })
        .getByText("3", { exact: true })
        .click();
      await page.getByRole("button", { name: "Start the session" }).click();
      await shot("ready");
      await page.getByRole("button", { name: "Start", exact: true }).click();
      await page.clock.runFor(65_000);
      await shot("walk");
      await page.getByRole("button", { name: "Skip this one" }).click();
      await page.getByRole("button", { name: "Skip this one" }).click();
      await page.getByRole("button", { name: "Skip this one" }).click();
      await page.getByRole("button", { name: "Done, next exercise" }).click();
      await page.getByRole("button", { name: "Start", exact: true }).click();
      await page.clock.runFor(3_000);
      await shot("hold");
      await page.clock.runFor(8_000);
      await shot("rest");
      await page.getByRole("button", { name: "End session" }).click();
      await shot("finish");
    });
  }
}
