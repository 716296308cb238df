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
import { gzipSync } from "node:zlib";

const DEFAULT_PAGE = "http://127.0.0.1:3000/articles/why-rest-can-make-back-pain-worse";
const DEFAULT_BASELINE = "/privacy";

type Script = { src: string; raw: number; gzip: number };

async function scriptsOf(pageUrl: string): Promise<Script[]> {
  const response = await fetch(pageUrl);
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`);
  const html = await response.text();
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) =>
    new URL(m[1] ?? "", pageUrl).toString(),
  );
  return Promise.all(
    [...new Set(sources)].map(async (src) => {
      const body = Buffer.from(await (await fetch(src)).arrayBuffer());
      return {
        src: new URL(src).pathname,
        raw: body.length,
        gzip: gzipSync(body, { level: 6 }).length,
      };
    }),
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (scripts: Script[], key: "raw" | "gzip") =>
  scripts.reduce((sum, s) => sum + s[key], 0);

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
