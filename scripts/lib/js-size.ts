// Gzip bytes of the JavaScript a page makes the browser download: every
// <script src> in its HTML, gzipped at level 6 (what nginx and most CDNs
// use). Shared by `npm run size` and the e2e budget check.
import { gzipSync } from "node:zlib";

export type PageScript = { src: string; raw: number; gzip: number; nomodule: boolean };

/** Budgets in KB of gzip JavaScript, framework included (issue 7). */
export const JS_BUDGETS_KB = {
  public: 140, // home, articles
  quiz: 170,
  member: 160,
  player: 170, // the guided session (issue 18)
} as const;

export const BUDGETED_ROUTES: {
  path: string;
  budget: keyof typeof JS_BUDGETS_KB;
  signedIn?: boolean;
  /** Measured as a member following a plan, so the page holds what a real member loads. */
  onPlan?: boolean;
}[] = [
  { path: "/", budget: "public" },
  { path: "/articles", budget: "public" },
  { path: "/articles/why-rest-can-make-back-pain-worse", budget: "public" },
  { path: "/learn", budget: "public" },
  { path: "/learn/why-backs-hurt", budget: "public" },
  { path: "/learn/why-backs-hurt?answer=b", budget: "public" },
  { path: "/quiz", budget: "quiz" },
  { path: "/dashboard", budget: "member", signedIn: true },
  { path: "/program", budget: "member", signedIn: true },
  { path: "/journal", budget: "member", signedIn: true },
  { path: "/journal/insights", budget: "member", signedIn: true },
  { path: "/progress", budget: "member", signedIn: true },
  { path: "/settings/reminders", budget: "member", signedIn: true },
  { path: "/progress/report", budget: "member", signedIn: true },
  { path: "/assessments", budget: "member", signedIn: true },
  { path: "/account", budget: "member", signedIn: true },
  { path: "/learn", budget: "member", signedIn: true },
  { path: "/learn/why-backs-hurt", budget: "member", signedIn: true },
  { path: "/program/session", budget: "player", signedIn: true, onPlan: true },
];

export async function scriptsOf(pageUrl: string, cookie?: string): Promise<PageScript[]> {
  const response = await fetch(pageUrl, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`);
  const html = await response.text();
  const tags = new Map<string, boolean>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    // `<script nomodule>` (Next's legacy polyfills) is never downloaded by browsers that run modules.
    tags.set(new URL(m[1] ?? "", pageUrl).toString(), /\bnomodule\b/i.test(m[0]));
  }
  return Promise.all(
    [...tags].map(async ([src, nomodule]) => {
      const body = Buffer.from(await (await fetch(src)).arrayBuffer());
      return {
        src: new URL(src).pathname,
        raw: body.length,
        gzip: gzipSync(body, { level: 6 }).length,
        nomodule,
      };
    }),
  );
}

/** What a modern browser downloads: nomodule scripts are left out. */
export const totalGzip = (scripts: PageScript[]) =>
  scripts.filter((s) => !s.nomodule).reduce((sum, s) => sum + s.gzip, 0);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
