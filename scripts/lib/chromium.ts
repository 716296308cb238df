// The one place that says which Chromium the tests and benchmarks drive, and how.
import fs from "node:fs";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium when installed (no browser downloads on these machines); else undefined, so Playwright uses its own. */
export const chromiumPath: string | undefined = fs.existsSync(SYSTEM_CHROMIUM)
  ? SYSTEM_CHROMIUM
  : undefined;

/** Without the background-networking flags Chromium keeps calling Google, which this network refuses. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
