// Security review F2: every function the build registers as a server reference (server
// actions and `"use cache"` bodies alike) is a public endpoint. This calls each id in the
// build's manifest, on every page it is registered for, as another member and as a guest,
// with arguments aimed at one member's data (their id, keys forged for them, the old cached
// bodies' props), and checks that nothing of theirs comes back. See
// docs/decisions/0009-dashboard-cache-and-quiet-chrome.md.
import fs from "node:fs";
import path from "node:path";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from "@playwright/test";
import { signIn, signUpAndSignIn, type Member } from "./support/members";

type ManifestEntry = { workers: Record<string, unknown> };
type Manifest = { node: Record<string, ManifestEntry>; edge: Record<string, ManifestEntry> };

const MANIFEST = path.resolve(".next/server/server-reference-manifest.json");
const ARTICLE = "/articles/walking-for-lower-back-pain";
const tag = randomBytes(6).toString("hex");
// Written into the victim's journal (notes and an activity): the dashboard and the insights
// show both, so any answer built from the victim's data carries it.
const MARKER = `victim-marker-${tag}`;
const today = new Date().toISOString().slice(0, 10);

/** The page a manifest worker ("app/(member)/dashboard/page") is served at. */
function routeOf(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s))
    .map((s) => (s === "[slug]" ? ARTICLE.split("/")[2]! : /^\[.*\]$/.test(s) ? randomUUID() : s));
  return `/${segments.join("/")}`;
}

/** A key in the shape of a sealed one, signed with a secret the attacker guessed. */
function forgedKey(purpose: string, claims: object): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const mac = createHmac("sha256", `guessed-${tag}`).update(
    `lbpfix:sealed-key:v1:${purpose}:${payload}`,
  );
  return `${payload}.${mac.digest("base64url")}`;
}

/** Argument lists aimed at the victim, for any signature a reference might have. */
function hostileArguments(victimId: string): unknown[][] {
  const oldProps = {
    memberId: victimId,
    dataVersion: 1,
    today,
    range: 30,
    name: null,
    firstName: null,
  };
  const claims = {
    memberId: victimId,
    dataVersion: 1,
    today,
    firstName: null,
    range: 30,
    name: null,
  };
  return [
    [oldProps],
    [{ ...oldProps, range: 365, dataVersion: 0 }],
    [{ memberKey: forgedKey("dashboard", claims) }],
    [{ memberKey: forgedKey("insights", claims) }],
    [{ memberKey: victimId }],
    [victimId],
    [victimId, 1, today],
    [{ status: "idle" }, { userId: victimId, memberId: victimId, id: victimId }],
  ];
}

type Call = (
  request: APIRequestContext,
  route: string,
  id: string,
  args: unknown[],
) => Promise<APIResponse>;

// Same-origin, as a browser on the site would send them: the origin check is not what is tested.
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

const callAsFetchAction: Call = (request, route, id, args) =>
  request.post(route, {
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: ORIGIN,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
    failOnStatusCode: false,
  });

/** The no-JavaScript form transport, which binds arguments through `$ACTION_REF_`. */
const callAsFormAction: Call = (request, route, id, args) =>
  request.post(route, {
    headers: { origin: ORIGIN },
    multipart: {
      $ACTION_REF_1: "",
      "$ACTION_1:0": JSON.stringify({ id, bound: args }),
    },
    maxRedirects: 0,
    failOnStatusCode: false,
  });

async function signedIn(page: Page): Promise<boolean> {
  const session = (await (await page.request.get("/api/auth/session")).json()) as {
    user?: { id?: string };
  } | null;
  return Boolean(session?.user?.id);
}

test("no server reference in the build returns another member's data, whatever its arguments", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as Manifest;
  const references = Object.entries({ ...manifest.node, ...manifest.edge });
  // The cached member bodies are among them: the test covers what F2 found.
  expect(
    references.filter(([id]) => parseInt(id.slice(0, 2), 16) >= 0x80).length,
  ).toBeGreaterThanOrEqual(2);

  // The victim writes today's entry, and sees it on their own dashboard and insights (so the
  // marker is in what those bodies render, and both are in the cache).
  const victimPage = await (await browser.newContext({ baseURL })).newPage();
  await signUpAndSignIn(victimPage, { name: "Vic Victim" });
  await victimPage.goto("/journal");
  await victimPage.getByLabel("Pain (0–10)", { exact: true }).fill("4");
  await victimPage.getByLabel("Worst pain (0–10)", { exact: true }).fill("6");
  await victimPage.getByLabel("Activity 1", { exact: true }).fill(MARKER);
  await victimPage.getByLabel("How it felt (activity 1)").selectOption("better");
  await victimPage.getByLabel("Notes", { exact: true }).fill(MARKER);
  await victimPage.getByRole("button", { name: "Save entry" }).click();
  await expect(
    victimPage.getByRole("status").filter({ hasText: "Saved your entry" }),
  ).toBeVisible();
  for (const own of ["/dashboard", "/journal/insights"]) {
    expect(await (await victimPage.request.get(own)).text(), `the victim's own ${own}`).toContain(
      MARKER,
    );
  }
  const victim = (await (await victimPage.request.get("/api/auth/session")).json()) as {
    user: { id: string };
  };
  const victimId = victim.user.id;

  const attackerPage = await (await browser.newContext({ baseURL })).newPage();
  const attacker: Member = await signUpAndSignIn(attackerPage, { name: "Ada Attacker" });
  const guest = (await browser.newContext({ baseURL })).request;

  const leaks: string[] = [];
  let calls = 0;
  for (const [id, entry] of references) {
    for (const route of Object.keys(entry.workers).map(routeOf)) {
      for (const args of hostileArguments(victimId)) {
        for (const [caller, request] of [
          ["member", attackerPage.request],
          ["guest", guest],
        ] as const) {
          for (const [transport, call] of [
            ["fetch", callAsFetchAction],
            ["form", callAsFormAction],
          ] as const satisfies readonly (readonly [string, Call])[]) {
            const response = await call(request, route, id, args);
            calls += 1;
            const body = await response.text();
            if (body.includes(MARKER)) {
              leaks.push(
                `${id} on ${route} as ${caller} (${transport}, ${response.status()}): ${JSON.stringify(args)}`,
              );
            }
          }
        }
        // Some references end the caller's session (sign out, sign out everywhere): the
        // attacker signs in again so every call is made as a signed-in member.
        if (!(await signedIn(attackerPage))) await signIn(attackerPage, attacker);
      }
    }
  }
  expect(calls).toBeGreaterThan(references.length * 8);
  expect(leaks, "answers that carried the victim's data").toEqual([]);
});
