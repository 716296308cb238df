// The app's server entry points, read from the file system so that a new route handler or a
// new "use server" module is covered by the hostile-input specs without anyone listing it.
import fs from "node:fs";
import path from "node:path";

const APP = path.resolve("app");
/** A real article, for routes under /articles/[slug]. */
export const ARTICLE_SLUG = "walking-for-lower-back-pain";

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The URL a file under app/ answers at: route groups dropped, dynamic segments filled in. */
function urlOf(dir: string): string {
  const segments = path
    .relative(APP, dir)
    .split(path.sep)
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
    .map((s) => (s === "[slug]" ? ARTICLE_SLUG : s === "[...nextauth]" ? "session" : s));
  return `/${segments.join("/")}`;
}

/** Every route handler (app/**\/route.ts) with the methods it exports. */
export function routeHandlers(): { url: string; file: string; methods: string[] }[] {
  return filesUnder(APP)
    .filter((file) => /[\\/]route\.tsx?$/.test(file))
    .map((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = [...source.matchAll(/\b(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map(
        (m) => m[1] ?? "",
      );
      return {
        url: urlOf(path.dirname(file)),
        file: path.relative(process.cwd(), file),
        methods: [...new Set(methods)],
      };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}
