import { expect, test, type Page } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD } from "../db/seed";
import { expectNoAxeViolations } from "./support/axe";
import { signInAs } from "./support/member-fixtures";

// The visit pack (docs/product.md §9): the demo member's six months make a 90-day pack with two
// sections left out, their own words are saved into it, and the PDF download and the printed
// page both carry it on one page.

/** The text of every page of a PDF, and how many pages it has (pdfjs, as a PDF reader sees it). */
async function readPdf(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return { pages: doc.numPages, text: texts.join("\n") };
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

const CONCERN = `Sitting through long meetings still flares it (${Date.now()})`;
const OFF = ["Sessions planned and done", "Sleep and stress"] as const;

test("the demo member builds a 90-day pack without two sections, saves their words, and downloads and prints it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, DEMO_EMAIL, DEMO_PASSWORD, "/progress");
  await page.getByRole("link", { name: "Make a visit pack" }).click();
  await page.waitForURL((url) => url.pathname === "/progress/report");
  await expect(page.getByRole("heading", { level: 1, name: "Visit pack" })).toBeVisible();

  await page.getByRole("radio", { name: "Last 90 days" }).check();
  for (const label of OFF) await page.getByRole("checkbox", { name: label }).uncheck();
  await page.getByRole("button", { name: "Show this pack" }).click();
  await page.waitForURL((url) => url.searchParams.get("range") === "90");

  const pack = page.locator("[data-visit-pack]");
  await expect(pack).toContainText("(90 days)");
  for (const label of OFF) await expect(pack.getByRole("heading", { name: label })).toHaveCount(0);
  await expect(pack.locator("[data-pack-section]")).toHaveCount(6);
  await expect(pack.getByRole("heading", { name: "Weekly score and pain trend" })).toBeVisible();
  await expect(pack.getByRole("img", { name: "Weekly score and pain" })).toBeVisible();
  await expect(pack).toContainText("Flexion intolerant");
  await expect(pack).toContainText("Carry the shopping in from the car");
  await expect(pack.getByRole("table")).toContainText("Better");

  // Their own words: a too-long answer is refused beside the field, then a real one is saved.
  const concern = page.getByLabel("My main concern");
  await concern.evaluate((el) => el.removeAttribute("maxlength"));
  await concern.fill("x".repeat(501));
  await page.getByRole("button", { name: "Save my words" }).click();
  await expect(page.getByText("Keep your main concern to 500 characters or fewer.")).toBeVisible();
  await concern.fill(CONCERN);
  await page.getByLabel("My questions").fill("Is it fine to keep running twice a week?");
  await page.getByRole("button", { name: "Save my words" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(pack).toContainText(CONCERN);

  // The choice is remembered: the bare address opens the same pack.
  await page.goto("/progress/report");
  await expect(pack.locator("[data-pack-section]")).toHaveCount(6);
  await expect(page.getByRole("radio", { name: "Last 90 days" })).toBeChecked();
  await expect(page.getByLabel("My main concern")).toHaveValue(CONCERN);

  await expectNoAxeViolations(page);
  await shoot(page, "visit-pack-1280-light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  await shoot(page, "visit-pack-1280-dark");
  await page.setViewportSize({ width: 375, height: 740 });
  await shoot(page, "visit-pack-375-dark");
  await pack.screenshot({ path: test.info().outputPath("visit-pack-375-dark-sheet.png") });
  await page.emulateMedia({ colorScheme: "light" });
  await expectNoAxeViolations(page);
  await shoot(page, "visit-pack-375-light");
  await page.getByRole("group", { name: "Sections" }).screenshot({
    path: test.info().outputPath("visit-pack-375-light-form.png"),
  });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The PDF: a download of the same pack, with real text.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^lbpfix-visit-pack-\d{4}-\d{2}-\d{2}\.pdf$/);
  const href = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
  const response = await page.request.get(href ?? "");
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const pdf = await readPdf(await response.body());
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain(CONCERN);
  expect(pdf.text).toContain("Weekly score and pain trend");
  for (const label of OFF) expect(pdf.text).not.toContain(label);

  // Signed out, the PDF is not there to take.
  const anonymous = await page.context().browser()!.newContext();
  const refused = await anonymous.request.get(new URL(href ?? "", page.url()).toString(), {
    maxRedirects: 0,
  });
  expect(refused.status()).not.toBe(200);
  expect(refused.headers()["content-type"] ?? "").not.toContain("application/pdf");
  await anonymous.close();

  // Printed: the pack alone, on one sheet of A4 and of Letter.
  await page.emulateMedia({ media: "print" });
  await shoot(page, "visit-pack-print");
  await expect(page.getByRole("button", { name: "Save my words" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Show this pack" })).toBeHidden();
  for (const format of ["A4", "Letter"] as const) {
    const printed = await readPdf(await page.pdf({ format, preferCSSPageSize: false }));
    expect(printed.pages, `${format} pages`).toBe(1);
    expect(printed.text).toContain(CONCERN);
  }

  // The largest pack there is, six months with every section, still prints on one sheet.
  const everything = ["quiz", "trend", "abilities", "flares", "sessions", "helpsHurts"]
    .concat(["sleepStress", "notes"])
    .map((id) => `section=${id}`)
    .join("&");
  await page.goto(`/progress/report?set=1&range=180&${everything}`);
  await expect(pack.locator("[data-pack-section]")).toHaveCount(8);
  await shoot(page, "visit-pack-print-180-days");
  for (const format of ["A4", "Letter"] as const) {
    const printed = await readPdf(await page.pdf({ format }));
    expect(printed.pages, `${format} pages, 180 days`).toBe(1);
  }
  const full = await readPdf(
    await (await page.request.get(`/progress/report/pdf?set=1&range=180&${everything}`)).body(),
  );
  expect(full.pages).toBe(1);
  expect(full.text).toContain("Sleep and stress");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });

  test("the range, the sections and the notes all work", async ({ page }) => {
    await signInAs(page, DEMO_EMAIL, DEMO_PASSWORD, "/progress/report");
    await page.getByRole("radio", { name: "Dates I choose" }).check();
    await page.getByLabel("First day").fill("2099-01-01");
    await page.getByLabel("Last day").fill("2099-01-31");
    await page.getByRole("button", { name: "Show this pack" }).click();
    await expect(page.getByText("The range cannot end after today.")).toBeVisible();

    for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
    await page.getByRole("checkbox", { name: "In my own words" }).check();
    await page.getByRole("radio", { name: "Last 30 days" }).check();
    await page.getByRole("button", { name: "Show this pack" }).click();
    const pack = page.locator("[data-visit-pack]");
    await expect(pack.locator("[data-pack-section]")).toHaveCount(1);
    await expect(pack).toContainText("(30 days)");

    const words = `Worse after the long drive (${Date.now()})`;
    await page.getByLabel("What changed").fill(words);
    await page.getByRole("button", { name: "Save my words" }).click();
    await expect(page.locator("[data-visit-pack]")).toContainText(words);
  });
});
