// The W3C Nu HTML checker (vnu-jar, run with the system's Java) on the HTML the server sends
// for the main public pages and the member pages: the markup no-JavaScript visitors,
// crawlers and assistive tools get. One run of the checker for all the pages, so Java
// starts once.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD } from "../db/seed";
import { signInAs } from "./support/member-fixtures";

const run = promisify(execFile);
const VNU_JAR = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

const PUBLIC_PAGES = [
  "/",
  "/articles/why-rest-can-make-back-pain-worse",
  "/rest-or-move",
  "/learn",
  "/learn/when-to-see-someone?answer=a",
  "/quiz",
  "/sign-up",
  "/about",
];
const MEMBER_PAGES = [
  "/dashboard",
  "/program",
  "/program/session",
  "/journal",
  "/journal/insights",
  "/progress",
  "/settings/reminders",
  "/progress/report",
  "/account",
];

type VnuMessage = { type: string; url?: string; lastLine?: number; message: string };

test("the main public and member pages have no HTML errors", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  // The demo member has months of data, so the member pages draw their charts and lists.
  await signInAs(page, DEMO_EMAIL, DEMO_PASSWORD);
  const memberCookie = (await page.context().cookies())
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");

  const dir = await mkdtemp(path.join(tmpdir(), "lbpfix-vnu-"));
  try {
    const files = new Map<string, string>();
    for (const [i, route] of [...PUBLIC_PAGES, ...MEMBER_PAGES].entries()) {
      const member = MEMBER_PAGES.includes(route);
      const response = await fetch(`${baseURL}${route}`, {
        headers: member ? { cookie: memberCookie } : {},
        redirect: "manual",
      });
      expect(response.status, route).toBe(200);
      const file = path.join(dir, `${i}.html`);
      await writeFile(file, await response.text());
      files.set(file, route);
    }
    // vnu exits non-zero when it finds errors; the JSON on stderr is what matters.
    const { stderr } = await run(
      "java",
      ["-jar", VNU_JAR, "--errors-only", "--format", "json", ...files.keys()],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? "" }));
    const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = messages.map((m) => {
      const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : "";
      return `${files.get(file) ?? file}:${m.lastLine ?? "?"} ${m.message}`;
    });
    expect(errors).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
