// How much JavaScript a built page makes the browser download, gzipped.
//
//   npm run build && npm start            # in one terminal
//   npm run size                          # an article, compared with /privacy
//   npm run size -- http://127.0.0.1:3000/articles/walking-for-lower-back-pain /terms
//
// Fetches the page from a running `next start`, sums the gzip size (level 6,
// what nginx and most CDNs use) of every <script src> it references, and does
// the same for a baseline page that has no client components of ours. The
// difference is what the page's own islands cost on top of the framework.
import { kb, scriptsOf, type PageScript } from "./lib/js-size";

const DEFAULT_PAGE = "http://127.0.0.1:3000/articles/why-rest-can-make-back-pain-worse";
const DEFAULT_BASELINE = "/privacy";

const total = (scripts: PageScript[], key: "raw" | "gzip") => scripts.reduce((sum, s) => sum + s[key], 0);

async function main() {
  const [pageArg, baselineArg] = process.argv.slice(2);
  const pageUrl = pageArg ?? DEFAULT_PAGE;
  const baselineUrl = new URL(baselineArg ?? DEFAULT_BASELINE, pageUrl).toString();
  const [page, baseline] = await Promise.all([scriptsOf(pageUrl), scriptsOf(baselineUrl)]);
  const shared = new Set(baseline.map((s) => s.src));

  console.log(`Scripts loaded by ${pageUrl}`);
  for (const s of [...page].sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw  ${s.src}${shared.has(s.src) ? "" : "  (not on baseline)"}`,
    );
  }
  const extra = page.filter((s) => !shared.has(s.src));
  console.log(
    `Total: ${kb(total(page, "gzip"))} gzip (${kb(total(page, "raw"))} raw) in ${page.length} files`,
  );
  console.log(
    `Baseline ${baselineUrl}: ${kb(total(baseline, "gzip"))} gzip in ${baseline.length} files`,
  );
  console.log(`Only on this page: ${kb(total(extra, "gzip"))} gzip in ${extra.length} files`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error("Is `next start` running? Pass the page URL as the first argument.");
  process.exit(1);
});
