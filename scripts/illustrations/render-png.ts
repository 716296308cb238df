// Renders every exercise illustration to PNG so a person can look at each figure: for each
// exercise its start and end (as reduced motion and print show them) and a frame half-way
// through the animation, in light and dark, plus contact sheets of six exercises per image.
//   npx tsx scripts/illustrations/render-png.ts [out-dir]
// (plain tsx: react-dom/server has no renderToStaticMarkup under the react-server condition)
// Output goes to illustrations-out/ (git-ignored). Uses the system Chromium.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ExerciseIllustration } from "@/components/program/exercise-illustration";
import { EXERCISES } from "@/lib/program/exercises";

const OUT = path.resolve(process.argv[2] ?? "illustrations-out");
const PER_SHEET = 6;

const THEMES = {
  light:
    "--color-brand-800:#0b4531;--color-brand-500:#1f8a66;--color-muted:#4b5a55;--color-orange-700:#c2410c;background:#fff;color:#1b2421",
  dark: "--color-brand-800:#a9e9cd;--color-brand-500:#55c69a;--color-muted:#a7b6b0;--color-orange-700:#f3a772;background:#101614;color:#e5eeea",
};

/** The illustration rules from app/globals.css, as the browser will get them. */
async function illustrationCss(): Promise<string> {
  const css = await readFile(path.resolve("app/globals.css"), "utf8");
  const from = css.indexOf("/* Exercise illustrations");
  const to = css.indexOf("/* A margin on every printed page");
  return css.slice(from, to);
}

function page(theme: keyof typeof THEMES, css: string, cells: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
${css}
body{margin:0;font:14px system-ui;${THEMES[theme]}}
.cell{display:grid;grid-template-columns:380px 190px;gap:8px;align-items:end;padding:6px 10px;border-bottom:1px solid #8884}
.still .lbp-end,.still .lbp-tag{display:block}
.still .lbp-fig g{animation:none!important}
.mid .lbp-fig g{animation-play-state:paused!important;animation-delay:-1.75s!important}
h2{grid-column:1/3;margin:0;font-size:14px}
</style></head><body>${cells}</body></html>`;
}

function cell(id: string): string {
  const figure = renderToStaticMarkup(createElement(ExerciseIllustration, { exerciseId: id }));
  return `<section class="cell" id="${id}"><h2>${id}</h2><div class="still">${figure}</div><div class="mid">${figure}</div></section>`;
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const css = await illustrationCss();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const context = await browser.newContext({ viewport: { width: 600, height: 400 } });
    const tab = await context.newPage();
    await tab.emulateMedia({ reducedMotion: "no-preference" });
    const ids = EXERCISES.map((e) => e.id);
    for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
      await tab.setContent(page(theme, css, ids.map(cell).join("")));
      for (const id of ids) {
        const section = tab.locator(`#${id}`);
        await section
          .locator(".still")
          .screenshot({ path: path.join(OUT, `${id}-${theme}-start-end.png`) });
        await section
          .locator(".mid")
          .screenshot({ path: path.join(OUT, `${id}-${theme}-mid.png`) });
      }
      for (let i = 0; i < ids.length; i += PER_SHEET) {
        const sheet = ids.slice(i, i + PER_SHEET);
        await tab.setContent(page(theme, css, sheet.map(cell).join("")));
        await tab.screenshot({
          path: path.join(OUT, `sheet-${theme}-${i / PER_SHEET + 1}.png`),
          fullPage: true,
        });
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote PNGs to ${OUT}`);
}

await main();
