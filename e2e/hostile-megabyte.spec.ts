// Security review F1 against the production build: every server action in the build's
// server-reference manifest, and every route handler on disk, gets a megabyte in each field it
// reads, as a member whose session is real. Each flood is refused or ignored with a 4xx or a
// validation error, never a 500, never echoed, nothing of it is stored, and /api/health, asked
// while the flood is being handled, keeps answering quickly. The strict 50 ms budget per call is
// measured in-process by tests/integration/hostile-megabyte.test.ts; here the bounds are wall
// time over loopback on a shared machine, loose enough for noise and far below what a
// backtracking regex on a megabyte costs (minutes; see docs/decisions/0004-hostile-input.md).
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { actionFixtures, PLACEHOLDER_IDS } from "../tests/integration/support/megabyte-fixtures";
import { setOwnNetwork, signUpAndSignIn } from "./support/members";
import { ARTICLE_SLUG, routeHandlers } from "./support/server-entry-points";

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };
const MANIFEST = path.resolve(".next/server/server-reference-manifest.json");
// Under Next's 1 MB body limit with the other fields and the multipart framing.
const FLOOD = "[".repeat(1_000_000);
const ANSWER_MS = 2_000;
const HEALTH_MS = 750;

/** The page a manifest worker ("app/(member)/journal/page") is served at. */
function routeOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
    .map((s) =>
      s === "[slug]" ? ARTICLE_SLUG : /^\[.*\]$/.test(s) ? PLACEHOLDER_IDS.assessmentId : s,
    );
  return `/${segments.join("/")}`;
}

type Answer = { status: number; body: string; redirected: boolean };

/**
 * Node refuses a megabyte of request line at its 16 KB header limit: it answers 431 and closes
 * the socket. When that close lands while the client is still writing the rest, the client sees
 * a reset instead of the 431 (it failed CI twice on a CSV export's GET). Either way the server
 * refused to read it, which is what the test asks; /api/health still proves it kept answering.
 */
function resetAsRefusal(error: unknown): "reset" {
  if (error instanceof Error && /\b(ECONNRESET|EPIPE)\b/.test(error.message)) return "reset";
  throw error;
}

/** Sends one request and asks /api/health while it is being handled. */
async function floodWhileWatching(
  request: APIRequestContext,
  send: () => Promise<Answer>,
): Promise<Answer & { ms: number; healthMs: number }> {
  const start = Date.now();
  const flood = send();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const healthStart = Date.now();
  const health = await request.get("/api/health");
  const healthMs = Date.now() - healthStart;
  expect(health.status()).toBe(200);
  const answer = await flood;
  return { ...answer, ms: Date.now() - start, healthMs };
}

// Members are sent away from these before an action runs, so their actions are posted as a guest.
const GUEST_PAGES = /^\/(sign-in|sign-up|forgot-password|reset-password)$/;

test("a megabyte in each field of every server action is refused fast while the server keeps answering", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signUpAndSignIn(page, { name: "Flood Tester" });
  const guest = await browser.newContext();
  await setOwnNetwork(guest);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const fixtures = actionFixtures(PLACEHOLDER_IDS);
  const entries = Object.entries(manifest.node).filter(
    // Server actions live in actions/ (docs/architecture.md); "$$" names are Next's own.
    ([, e]) => /^(actions|app)\//.test(e.filename ?? "") && !e.exportedName?.startsWith("$$"),
  );
  expect(entries.length).toBeGreaterThanOrEqual(20);
  const unknown = entries
    .map(([, e]) => `${e.filename}#${e.exportedName}`)
    .filter((key) => !(key in fixtures));
  expect(unknown, "actions in the build without a fixture in megabyte-fixtures.ts").toEqual([]);
  const origin = new URL(page.url()).origin;

  const problems: string[] = [];
  let sent = 0;
  let reachedAction = 0;
  for (const [id, entry] of entries) {
    const key = `${entry.filename}#${entry.exportedName}`;
    const fixture = fixtures[key]!;
    if (fixture.noInput) continue; // reads no field; sign-out would end this session
    const url = routeOf(Object.keys(entry.workers)[0] ?? "");
    for (const field of Object.keys(fixture.base)) {
      // React's encoding of the call: the arguments as JSON, the form's fields under _1_.
      const multipart: Record<string, string> = {
        "0": JSON.stringify(fixture.formOnly ? ["$K1"] : [{ status: "idle" }, "$K1"]),
      };
      for (const [name, value] of Object.entries(fixture.base))
        multipart[`_1_${name}`] = [value].flat()[0] ?? "";
      multipart[`_1_${field}`] = FLOOD;
      const client = GUEST_PAGES.test(url) ? guest.request : page.request;
      const answer = await floodWhileWatching(client, async () => {
        const response = await client.post(url, {
          headers: { "next-action": id, origin, accept: "text/x-component" },
          multipart,
          maxRedirects: 0,
        });
        const redirected =
          Boolean(response.headers()["x-action-redirect"]) || response.status() === 303;
        return { status: response.status(), body: await response.text(), redirected };
      });
      const label = `${key} ${field}: ${answer.status} in ${answer.ms} ms, health ${answer.healthMs} ms`;
      sent += 1;
      // 404 is an action's notFound(): a form action's refusal, or the admin action to a member.
      if (answer.status === 200 || answer.status === 404 || answer.redirected) reachedAction += 1;
      if (answer.status >= 500) problems.push(`${label} (server error)`);
      // Refused: a 4xx, or the action's own refusal (an error state; a form action's redirect or 404).
      const refused =
        (answer.status >= 400 && answer.status < 500) ||
        (fixture.formOnly || fixture.refusesWithRedirect
          ? answer.redirected
          : answer.body.includes('"status":"error"'));
      if (!fixture.unread?.includes(field) && !refused) problems.push(`${label} (not refused)`);
      if (answer.body.includes(FLOOD.slice(0, 1000))) problems.push(`${label} (echoed the flood)`);
      if (answer.ms > ANSWER_MS || answer.healthMs > HEALTH_MS) problems.push(`${label} (slow)`);
    }
  }
  await guest.close();
  expect(problems).toEqual([]);
  // The floods got past the proxy and the session checks to the actions' own validation
  // (a 4xx is also a refusal, but not one that tests the schemas).
  expect(sent).toBeGreaterThanOrEqual(40);
  expect(reachedAction, `${reachedAction} of ${sent} floods reached an action`).toBe(sent);

  // Nothing of it was stored: the member's whole export holds no run of the flood.
  const exported = await page.request.get("/account/export");
  expect(exported.status()).toBe(200);
  expect(await exported.text()).not.toContain(FLOOD.slice(0, 100));
});

test("a megabyte sent to each route handler gets a 4xx or is ignored, while the server keeps answering", async ({
  page,
}) => {
  await signUpAndSignIn(page, { name: "Route Flood Tester" });
  const handlers = routeHandlers();
  expect(handlers.map((h) => h.url)).toContain("/api/health");
  const problems: string[] = [];
  const targets = handlers.flatMap(({ url, methods }) => [
    // GET handlers read the query; a megabyte of query string is refused by Node itself (431).
    { method: "GET", url },
    ...(methods.includes("POST") ? [{ method: "POST", url }] : []),
    // Auth.js's catch-all takes posts at its callbacks; the credentials one parses a password.
    ...(url === "/api/auth/session"
      ? [{ method: "POST", url: "/api/auth/callback/credentials" }]
      : []),
  ]);
  for (const { method, url } of targets) {
    const answer = await floodWhileWatching(page.request, async () => {
      const response =
        method === "POST"
          ? await page.request.post(url, {
              form: { email: "flood@example.test", password: FLOOD },
              maxRedirects: 0,
            })
          : await page.request
              .get(`${url}?next=${FLOOD}`, { maxRedirects: 0 })
              .catch(resetAsRefusal);
      if (response === "reset") return { status: 431, body: "", redirected: false };
      return { status: response.status(), body: await response.text(), redirected: false };
    });
    const label = `${method} ${url}: ${answer.status} in ${answer.ms} ms, health ${answer.healthMs} ms`;
    if (answer.status >= 500) problems.push(`${label} (server error)`);
    if (answer.body.includes(FLOOD.slice(0, 1000))) problems.push(`${label} (echoed the flood)`);
    if (answer.ms > ANSWER_MS || answer.healthMs > HEALTH_MS) problems.push(`${label} (slow)`);
  }
  expect(problems).toEqual([]);
});
