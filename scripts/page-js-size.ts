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
// `<script nomodule>` files (Next's legacy polyfills) are listed but left out
// of the totals: browsers that run modules never download them.
import { kb, scriptsOf, type PageScript } from "./lib/js-size";

const DEFAULT_PAGE = "http://127.0.0.1:3000/articles/why-rest-can-make-back-pain-worse";
const DEFAULT_BASELINE = "/privacy";

type Measured = { loaded: PageScript[]; legacyOnly: PageScript[] };

async function measure(pageUrl: string): Promise<Measured> {
  const scripts = await scriptsOf(pageUrl);
  return {
    loaded: scripts.filter((s) => !s.nomodule),
    legacyOnly: scripts.filter((s) => s.nomodule),
  };
}

const total = (scripts: PageScript[], key: "raw" | "gzip" = "gzip") =>
  scripts.reduce((sum, s) => sum + s[key], 0);

async function main() {
  const [pageArg, baselineArg] = process.argv.slice(2);
  const pageUrl = pageArg ?? DEFAULT_PAGE;
  const baselineUrl = new URL(baselineArg ?? DEFAULT_BASELINE, pageUrl).toString();
  const [page, baseline] = await Promise.all([measure(pageUrl), measure(baselineUrl)]);
  const shared = new Set(baseline.loaded.map((s) => s.src));

  console.log(`Scripts loaded by ${pageUrl}`);
  for (const s of [...page.loaded].sort((a, b) => b.gzip - a.gzip)) {
    const note = shared.has(s.src) ? "" : "  (not on baseline)";
    console.log(`  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw  ${s.src}${note}`);
  }
  for (const s of page.legacyOnly) {
    console.log(
      `  ${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw  ${s.src}  (nomodule: not counted)`,
    );
  }
  const extra = page.loaded.filter((s) => !shared.has(s.src));
  console.log(
    `Total: ${kb(total(page.loaded))} gzip (${kb(total(page.loaded, "raw"))} raw) in ${page.loaded.length} files`,
  );
  console.log(
    `Baseline ${baselineUrl}: ${kb(total(baseline.loaded))} gzip in ${baseline.loaded.length} files`,
  );
  console.log(`Only on this page: ${kb(total(extra))} gzip in ${extra.length} files`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error("Is `next start` running? Pass the page URL as the first argument.");
  process.exit(1);
});
