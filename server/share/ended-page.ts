import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The kind "this link has ended" page as the build prerendered it (app/(site)/shared-link-ended),
// for the proxy to send with status 410. A proxy rewrite to that page keeps Next's 200 for a
// prerendered page whatever status the rewrite asks for (checked on 16.4.6), so the proxy
// answers with the page's own HTML instead. Read once: it changes only with a new build.

const PRERENDERED = path.join(process.cwd(), ".next", "server", "app", "shared-link-ended.html");

let cached: Promise<string | null> | undefined;

/** The page's HTML, or null where nothing is prerendered (next dev). */
export function endedPageHtml(): Promise<string | null> {
  cached ??= readFile(PRERENDERED, "utf8").catch(() => {
    cached = undefined;
    return null;
  });
  return cached;
}
