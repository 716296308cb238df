import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { idleState } from "@/lib/action-state";
import { hashPassword } from "@/lib/auth/password";
import { createEverythingFor, createUser } from "./factories";
import { isExplainedError, outcomeOf, type Outcome } from "./support/hostile-arbitraries";
import { actionFixtures, type ActionFixture, type Fields } from "./support/megabyte-fixtures";
import { session } from "./support/session";

// Security review F1: one value of a megabyte, sent to a server action or a route handler, is
// refused, stores nothing, and costs under 50 ms, so no request can hold the one Node thread.
// The modules are found on disk ("use server" files in app/ and actions/, and app/**/route.ts), so a new action or
// route is flooded without anyone listing it; an action without a fixture fails the test.
// Every field of a payload the action accepts is flooded in turn, in four shapes: the valid
// value padded with a megabyte of spaces (valid again once trimmed), a megabyte of letters in
// front of it, a megabyte of "[" (what made the comment regex quadratic), and the field
// repeated fifty thousand times. Only a length check that comes first refuses all four fast.

const MB = 1_000_000;
const BUDGET_MS = 50;

vi.hoisted(() => {
  process.env.AUTH_SECRET = "integration-only-secret-integration-only-0123";
});
vi.mock("@/server/auth/current-user", () => import("./support/session"));
vi.mock("next/cache", () => import("./support/next-cache"));
vi.mock("next/headers", () => import("./support/hostile-request"));
vi.mock("next/navigation", () => import("./support/next-navigation"));
vi.mock("@/auth", () => import("./support/auth"));
// Auth.js's sign-in needs a live request; a sign-in that got this far counts as accepted.
vi.mock("@/server/auth/credentials-sign-in", () => ({
  signInWithPassword: () => Promise.resolve(null),
}));
vi.mock("@/server/email/deliver", () => ({
  scheduleEmailDelivery: () => {},
  deliverOutbox: () => Promise.resolve(0),
}));

// Server actions live in actions/ (docs/architecture.md); pages and route handlers in app/.
const SOURCE_DIRS = ["app", "actions"].map((dir) => path.resolve(dir));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A module whose first statement, after comments, is the "use server" directive. */
const USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;
const sources = SOURCE_DIRS.flatMap(filesUnder).filter((file) => /\.tsx?$/.test(file));
const actionModules = sources.filter((file) => USE_SERVER.test(fs.readFileSync(file, "utf8")));
const routeModules = sources.filter((file) => /[\\/]route\.ts$/.test(file));
const relative = (file: string) => path.relative(process.cwd(), file).split(path.sep).join("/");

type Action = (...args: unknown[]) => Promise<unknown>;

/** Every exported function of every "use server" module, keyed as in the fixtures. */
async function discoverActions(): Promise<Map<string, Action>> {
  const found = new Map<string, Action>();
  for (const file of actionModules) {
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") found.set(`${relative(file)}#${name}`, value as Action);
    }
  }
  return found;
}

/** (state, formData) for useActionState actions, (formData) for plain form actions. */
function call(action: Action, data: FormData): Promise<unknown> {
  return action.length >= 2 ? action(idleState, data) : action(data);
}

function formOf(fields: Fields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const one of [value].flat()) data.append(key, one);
  return data;
}

/** The four floods of one field, each replacing the field's valid value. */
function floods(value: string): { shape: string; values: string[] }[] {
  return [
    { shape: "padded with spaces", values: [`${value}${" ".repeat(MB)}`] },
    { shape: "letters in front", values: [`${"a".repeat(MB)}${value}`] },
    { shape: "brackets", values: ["[".repeat(MB)] },
    { shape: "repeated 50 000 times", values: Array.from({ length: 50_000 }, () => value || "x") },
  ];
}

/** Every row of every table, as one string per table: equal before and after means nothing was written. */
async function everyRow(): Promise<string> {
  const db = await getDb();
  const { rows: tables } = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '%migrations%' order by table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const { rows } = await db.execute<{ h: string | null }>(
      sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.identifier(table_name)} t`,
    );
    parts.push(`${table_name}:${rows[0]?.h ?? ""}`);
  }
  return parts.join("\n");
}

/**
 * Runs the call and times it, up to five tries while over budget, with a pause between: a GC
 * pause or the other test worker on a 2-core machine is not the flood. A check that reads the
 * whole value is slow on every try, so the best try still tells them apart.
 */
async function timed(run: () => Promise<unknown>): Promise<{ outcome: Outcome; ms: number }> {
  let best = Number.POSITIVE_INFINITY;
  let outcome: Outcome = { kind: "not-found" };
  for (let attempt = 0; attempt < 5 && best > BUDGET_MS; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    const start = performance.now();
    outcome = await outcomeOf(run);
    best = Math.min(best, performance.now() - start);
  }
  return { outcome, ms: best };
}

const isRefusal = (fixture: ActionFixture, outcome: Outcome) =>
  (fixture.refused ?? isExplainedError)(outcome);

let actions: Map<string, Action>;
let fixtures: Record<string, ActionFixture>;

beforeAll(async () => {
  const password = "the member's own passphrase";
  const user = await createUser({ role: "admin", passwordHash: await hashPassword(password) });
  await createEverythingFor(user.id);
  const db = await getDb();
  const first = async (table: string) => {
    const { rows } = await db.execute<{ id: string }>(
      sql`select id::text as id from ${sql.identifier(table)} limit 1`,
    );
    return rows[0]?.id ?? "";
  };
  fixtures = actionFixtures({
    password,
    commentId: await first("comments"),
    assessmentId: await first("assessments"),
    enrollmentId: await first("program_enrollments"),
    journalEntryId: await first("journal_entries"),
    sessionId: await first("exercise_sessions"),
    activityId: await first("progress_activities"),
  });
  session.user = {
    id: user.id,
    name: user.name ?? "",
    email: user.email,
    role: "admin",
    dataVersion: 1,
  };
  actions = await discoverActions();
  // Loading modules, lists and the first query are one-off costs, not what a request costs.
  for (const action of actions.values()) await outcomeOf(() => call(action, new FormData()));
});

describe("a megabyte in each field of every server action", () => {
  it("finds the actions on disk, and every one has a fixture", () => {
    // One module per domain: account, admin, auth, comments, journal, program, quiz.
    expect(actionModules.length).toBeGreaterThanOrEqual(7);
    expect([...actions.keys()].filter((key) => !(key in fixtures))).toEqual([]);
    expect(Object.keys(fixtures).filter((key) => !actions.has(key))).toEqual([]);
    // The e2e flood encodes each call from this flag, as React would.
    const misdeclared = [...actions].filter(
      ([key, action]) => (action.length === 1) !== Boolean(fixtures[key]?.formOnly),
    );
    expect(misdeclared.map(([key]) => key)).toEqual([]);
  });

  it(
    "is refused, stores nothing and is answered in under 50 ms, field by field",
    { timeout: 600_000 },
    async () => {
      const slow: string[] = [];
      for (const [key, action] of actions) {
        const fixture = fixtures[key]!;
        for (const [field, valid] of Object.entries(fixture.base)) {
          const value = [valid].flat()[0] ?? "";
          for (const { shape, values } of floods(value)) {
            const payload = formOf({ ...fixture.base, [field]: values });
            const before = await everyRow();
            const { outcome, ms } = await timed(() => call(action, payload));
            const label = `${key} ${field} (${shape})`;
            expect(JSON.stringify(outcome).length, `${label} echoes the flood`).toBeLessThan(
              64_000,
            );
            if (fixture.unread?.includes(field)) {
              // May be accepted (the flood is dropped unread): the flood may add 50 ms to what
              // the accepted request costs anyway (hashing a new member's password, say).
              const { ms: plain } = await timed(() => call(action, formOf(fixture.base)));
              if (ms > plain + BUDGET_MS)
                slow.push(`${label}: ${ms.toFixed(0)} ms, ${plain.toFixed(0)} ms without it`);
              continue;
            }
            if (ms > BUDGET_MS) slow.push(`${label}: ${ms.toFixed(0)} ms`);
            expect(
              isRefusal(fixture, outcome),
              `${label} answered ${JSON.stringify(outcome).slice(0, 300)}`,
            ).toBe(true);
            expect(await everyRow(), `${label} wrote to the database`).toBe(before);
          }
        }
      }
      expect(slow).toEqual([]);
    },
  );

  it(
    "ignores a megabyte in a field it does not know, or in a field's name, adding under 50 ms",
    { timeout: 300_000 },
    async () => {
      const slow: string[] = [];
      for (const [key, action] of actions) {
        const fixture = fixtures[key]!;
        for (const [shape, extra] of [
          ["unknown field", { comment: "x".repeat(MB) }],
          ["field name", { ["k".repeat(MB)]: "1" }],
        ] as const) {
          // The payload is otherwise valid and may be accepted: the flood may add 50 ms to what
          // the same request costs without it.
          const { ms: plain } = await timed(() => call(action, formOf(fixture.base)));
          const { outcome, ms } = await timed(() =>
            call(action, formOf({ ...fixture.base, ...extra })),
          );
          if (ms > plain + BUDGET_MS)
            slow.push(`${key} ${shape}: ${ms.toFixed(0)} ms, ${plain.toFixed(0)} ms without it`);
          expect(JSON.stringify(outcome).length, `${key} ${shape} echoes the flood`).toBeLessThan(
            64_000,
          );
        }
      }
      expect(slow).toEqual([]);
    },
  );
});

describe("a megabyte sent to each route handler", () => {
  it(
    "gets a 4xx or an answer that ignores it, adding under 50 ms",
    { timeout: 120_000 },
    async () => {
      const { NextRequest } = await import("next/server");
      expect(routeModules.length).toBeGreaterThanOrEqual(5);
      const flood = "[".repeat(MB);
      const slow: string[] = [];
      for (const file of routeModules) {
        const handlers = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
        for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]) {
          const handler = handlers[method];
          // Auth.js's own handlers are stand-ins here; the e2e flood posts to the real ones.
          if (typeof handler !== "function") continue;
          const send = async (value: string) => {
            const url = new URL(
              `http://localhost:3000/flood?next=${value}&page=${value}&reason=${value}`,
            );
            const init = method === "GET" || method === "HEAD" ? {} : { body: formOf({ value }) };
            const request = new NextRequest(url, { ...init, method });
            const context = {
              params: Promise.resolve({
                slug: value,
                nextauth: [value],
                token: value,
                file: value,
              }),
            };
            const start = performance.now();
            const response = await (handler as (r: Request, c: unknown) => Promise<Response>)(
              request,
              context,
            );
            return { response, ms: performance.now() - start };
          };
          // What the route costs anyway (an export reads the member's data) is not the flood's.
          const { ms: plain } = await send("1");
          // Best of up to five tries, as for the actions (see timed): a GC pause or the other
          // worker is not the flood, and a handler that reads the flood is slow every time.
          let { response, ms } = await send(flood);
          for (let attempt = 1; attempt < 5 && ms > plain + BUDGET_MS; attempt += 1) {
            await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
            const again = await send(flood);
            response = again.response;
            ms = Math.min(ms, again.ms);
          }
          const label = `${method} ${relative(file)}`;
          if (ms > plain + BUDGET_MS)
            slow.push(`${label}: ${ms.toFixed(0)} ms, ${plain.toFixed(0)} ms without it`);
          expect(response.status, label).toBeLessThan(500);
          expect(
            (await response.text()).includes(flood.slice(0, 1000)),
            `${label} echoes the flood`,
          ).toBe(false);
        }
      }
      expect(slow).toEqual([]);
    },
  );
});
