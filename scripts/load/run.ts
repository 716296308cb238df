// `npm run test:load`: two `next start` instances on one Postgres, 100
// simulated members for 60 s each signing in, reading the dashboard and
// saving journal entries, alternating instances — then the same with Postgres
// restarted in the middle. Loopback only; stops by itself. Afterwards every
// save the app acknowledged must be in the database.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { addDays, isoDateOf } from "@/lib/dates/iso-date";
import {
  isRunning,
  peakRssMb,
  prepareDatabase,
  startServer,
  type RunningServer,
} from "../lib/app-server";
import {
  launchBrowser,
  recordJournalSaveRequest,
  recordNextAction,
  type RecordedRequest,
} from "../lib/browser-session";
import { hasField, journalSaveBody, replaceField } from "../lib/multipart";

const MEMBERS = Number(process.env.LOAD_MEMBERS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PASSWORD = "load-test-member-password";
const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

type Save = { email: string; date: string; pain: number };
type Phase = {
  name: string;
  requests: number;
  byStatus: Record<string, number>;
  // The same, per kind of request ("save 200"), to tell which one failed.
  byRequest: Record<string, number>;
  fivexx: number;
  networkErrors: number;
  // Why requests failed without a status, so a failure is never just a number.
  networkErrorKinds: Record<string, number>;
  // The start of the first 5xx answer of each kind, to find its cause in the server log.
  failureSamples: Record<string, string>;
  acknowledged: Save[];
  lost: number;
  restartedAt?: number;
  restartSeconds?: number;
  restartWindow?: { from: number; to: number };
  // Every request's span and answer, to tell what happened while Postgres was down.
  spans: {
    from: number;
    to: number;
    kind: string;
    status: number | "network error";
    acknowledged: boolean;
  }[];
};

const execFileAsync = promisify(execFile);

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause =
    error.cause instanceof Error
      ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}`
      : "";
  return `${error.name}: ${error.message}${cause}`.slice(0, 200);
}

async function createMembers(url: string) {
  Object.assign(process.env, { DATABASE_URL: url });
  const { getDb, closeDb } = await import("@/db");
  const { users } = await import("@/db/schema");
  const { hashPassword } = await import("@/lib/auth/password");
  const hash = await hashPassword(PASSWORD); // one hash for all: the test is about the app, not argon2
  const db = await getDb();
  const rows = Array.from({ length: MEMBERS }, (_, i) => ({
    name: `Load ${i}`,
    email: `load-${String(i).padStart(3, "0")}@load.test`,
    passwordHash: hash,
  }));
  await db.insert(users).values(rows);
  await closeDb();
  return rows.map((r) => r.email);
}

async function record(server: RunningServer, email: string) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto("/sign-in", { waitUntil: "networkidle" }); // hydrated, so the form posts as an action
    const signIn = await recordNextAction(page, async () => {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: /sign in/i }).click();
    });
    await page.waitForURL(/\/dashboard/);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const save = await recordJournalSaveRequest(page, cookie);
    // Fail here, loudly, rather than once per request inside the load loop.
    if (!hasField(signIn.body, "email"))
      throw new Error(`recorded sign-in has no email field:\n${signIn.body}`);
    for (const field of ["date", "pain", "worstPain"]) {
      if (!hasField(save.body, field))
        throw new Error(`recorded journal save has no ${field} field:\n${save.body}`);
    }
    return { signIn, save };
  } finally {
    await browser.close();
  }
}

function send(base: string, req: RecordedRequest, body: string, cookie?: string) {
  const headers = { ...req.headers };
  // The request was recorded on one instance; a browser using the other one
  // sends that one's origin, and Next refuses an action whose Origin does not
  // match the Host it arrived on (its CSRF check).
  const target = new URL(base);
  headers.host = target.host;
  headers.origin = target.origin;
  if (headers.referer)
    headers.referer = new URL(new URL(headers.referer).pathname, target).toString();
  if (cookie) headers.cookie = cookie;
  else delete headers.cookie;
  return fetch(`${base}${req.path}`, {
    method: "POST",
    headers,
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
}

async function runPhase(
  name: string,
  servers: RunningServer[],
  emails: string[],
  rec: { signIn: RecordedRequest; save: RecordedRequest },
  dayOffset: number,
  restartAt?: number,
): Promise<Phase> {
  const phase: Phase = {
    name,
    requests: 0,
    byStatus: {},
    byRequest: {},
    fivexx: 0,
    networkErrors: 0,
    networkErrorKinds: {},
    failureSamples: {},
    spans: [],
    acknowledged: [],
    lost: 0,
  };
  const deadline = Date.now() + SECONDS * 1000;
  const today = isoDateOf(new Date());
  let turn = 0;
  const next = () => servers[turn++ % servers.length]!.url;
  type Kind = "sign-in" | "dashboard" | "save";
  /** Counts one answered request, keeps the first 5xx body of its kind, and records its span. */
  const answered = (
    kind: Kind,
    from: number,
    status: number,
    text: string,
    acknowledged = false,
  ) => {
    phase.requests += 1;
    phase.byStatus[status] = (phase.byStatus[status] ?? 0) + 1;
    phase.byRequest[`${kind} ${status}`] = (phase.byRequest[`${kind} ${status}`] ?? 0) + 1;
    if (status >= 500) {
      phase.fivexx += 1;
      phase.failureSamples[kind] ??= `${new Date().toISOString()} ${text.slice(0, 300)}`;
    }
    phase.spans.push({ from, to: Date.now(), kind, status, acknowledged });
  };

  let restart: Promise<void> | undefined;
  if (restartAt !== undefined) {
    // Asynchronous on purpose: a synchronous exec would freeze this process's
    // event loop, so no member would send anything while Postgres is down —
    // exactly the window this phase exists to exercise.
    restart = new Promise<void>((resolve) => setTimeout(resolve, restartAt * 1000)).then(
      async () => {
        phase.restartedAt = restartAt;
        const cluster = fs.readdirSync("/etc/postgresql")[0] ?? "15";
        const started = Date.now();
        console.log(`  restarting Postgres at ${restartAt}s…`);
        await execFileAsync("pg_ctlcluster", [
          "--skip-systemctl-redirect",
          cluster,
          "main",
          "restart",
        ]);
        phase.restartSeconds = (Date.now() - started) / 1000;
        phase.restartWindow = { from: started, to: Date.now() };
        console.log(`  Postgres is back after ${phase.restartSeconds} s.`);
      },
    );
  }

  await Promise.all(
    emails.map(async (email, i) => {
      let cookie = "";
      let day = 0;
      let from = 0;
      let kind: Kind = "sign-in";
      while (Date.now() < deadline) {
        try {
          if (!cookie) {
            from = Date.now();
            kind = "sign-in";
            const res = await send(
              next(),
              rec.signIn,
              replaceField(rec.signIn.body, "email", email),
            );
            answered(kind, from, res.status, await res.text());
            cookie = res.headers
              .getSetCookie()
              .map((c) => c.split(";")[0])
              .filter((c) => c?.includes("session-token"))
              .join("; ");
            if (!cookie) await new Promise((r) => setTimeout(r, 500));
            continue;
          }
          from = Date.now();
          kind = "dashboard";
          const dash = await fetch(`${next()}/dashboard`, {
            headers: { cookie },
            redirect: "manual",
            signal: AbortSignal.timeout(30_000),
          });
          answered(kind, from, dash.status, await dash.text());
          // Each save writes a distinct day, so every acknowledged save can be checked afterwards.
          const date = addDays(today, -(dayOffset + day));
          const pain = (i + day) % 11;
          from = Date.now();
          kind = "save";
          const res = await send(
            next(),
            rec.save,
            journalSaveBody(rec.save.body, { date, pain }),
            cookie,
          );
          const text = await res.text();
          const acknowledged = res.status === 200 && text.includes('"status":"success"');
          if (acknowledged) phase.acknowledged.push({ email, date, pain });
          answered(kind, from, res.status, text, acknowledged);
          day += 1;
        } catch (error) {
          phase.spans.push({
            from,
            to: Date.now(),
            kind,
            status: "network error",
            acknowledged: false,
          });
          phase.networkErrors += 1;
          const cause = describeError(error);
          phase.networkErrorKinds[cause] = (phase.networkErrorKinds[cause] ?? 0) + 1;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }),
  );
  await restart;
  return phase;
}

/** The requests that were in flight at some moment while Postgres was restarting, by answer. */
function whileRestarting(phase: Phase) {
  const window = phase.restartWindow;
  if (!window) return undefined;
  const spans = phase.spans.filter((r) => r.from <= window.to && r.to >= window.from);
  const byRequest: Record<string, number> = {};
  for (const r of spans)
    byRequest[`${r.kind} ${r.status}`] = (byRequest[`${r.kind} ${r.status}`] ?? 0) + 1;
  const slowest = spans.reduce((max, r) => Math.max(max, r.to - r.from), 0);
  return {
    requests: spans.length,
    acknowledgedSaves: spans.filter((r) => r.acknowledged).length,
    byRequest,
    slowestMs: slowest,
  };
}

async function verify(url: string, phase: Phase) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; date: string; pain: number }>(
      "select u.email, to_char(j.entry_date, 'YYYY-MM-DD') as date, j.pain from journal_entries j join users u on u.id = j.user_id",
    );
    const stored = new Map(rows.map((r) => [`${r.email}|${r.date}`, r.pain]));
    phase.lost = phase.acknowledged.filter(
      (s) => stored.get(`${s.email}|${s.date}`) !== s.pain,
    ).length;
  } finally {
    await client.end();
  }
}

const serverLog = (port: number) => `.data/load-${port}.log`;

async function main() {
  if (!process.argv.includes("--no-build"))
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const database = await prepareDatabase("load", ADMIN_URL);
  const dbUrl = database.env.DATABASE_URL!;
  const emails = await createMembers(dbUrl);
  // The sign-in limiter's per-IP bucket would see 100 members on one loopback
  // address as one attacker; it is switched off here, and only here.
  const env = { ...database.env, RATE_LIMIT_DISABLED: "true", DATABASE_POOL_MAX: "20" };
  const servers = await Promise.all(
    [3401, 3402].map((port) => startServer({ port, env, logFile: serverLog(port) })),
  );
  const phases: Phase[] = [];
  const died: { port: number; how: string; log: string }[] = [];
  const peaks: Record<number, number | null> = {};
  const sample = setInterval(
    () => servers.forEach((s) => (peaks[s.port] = peakRssMb(s.pid))),
    1000,
  );
  try {
    const rec = await record(servers[0]!, emails[0]!);
    console.log(`Phase 1: ${MEMBERS} members, ${SECONDS} s, two instances`);
    phases.push(await runPhase("steady", servers, emails, rec, 0));
    await verify(dbUrl, phases[0]!);
    console.log(`Phase 2: the same, Postgres restarted at ${Math.round(SECONDS / 2)} s`);
    phases.push(
      await runPhase("postgres restart", servers, emails, rec, 400, Math.round(SECONDS / 2)),
    );
    await verify(dbUrl, phases[1]!);
  } finally {
    clearInterval(sample);
    for (const s of servers)
      if (!isRunning(s.child))
        died.push({
          port: s.port,
          how: String(s.child.exitCode ?? s.child.signalCode),
          log: serverLog(s.port),
        });
    servers.forEach((s) => (peaks[s.port] = peakRssMb(s.pid) ?? peaks[s.port] ?? null));
    await Promise.all(servers.map((s) => s.stop()));
    await database.cleanup();
  }
  const summary = phases.map((p) => ({
    phase: p.name,
    restartedAt: p.restartedAt,
    restartSeconds: p.restartSeconds,
    whileRestarting: whileRestarting(p),
    requests: p.requests,
    fivexx: p.fivexx,
    networkErrors: p.networkErrors,
    networkErrorKinds: p.networkErrorKinds,
    acknowledgedSaves: p.acknowledged.length,
    lostSaves: p.lost,
    byStatus: p.byStatus,
    byRequest: p.byRequest,
    failureSamples: p.failureSamples,
  }));
  const report = {
    when: new Date().toISOString(),
    members: MEMBERS,
    seconds: SECONDS,
    peakRssMb: peaks,
    phases: summary,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(path.join("bench/results", "load.json"), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  const failed =
    died.length > 0 ||
    summary.some(
      (p) => p.fivexx > 0 || p.networkErrors > 0 || p.lostSaves > 0 || p.acknowledgedSaves === 0,
    );
  for (const d of died)
    console.log(`server on ${d.port} died during the run (${d.how}): see ${d.log}`);
  console.log(
    failed ? "LOAD TEST FAILED" : "load test passed: zero 5xx, zero lost acknowledged saves",
  );
  process.exit(failed ? 1 : 0);
}

// main() always ends in process.exit(); an event loop that runs dry first means
// it was left waiting on something that can never happen, which is a failure,
// not the exit code 0 Node would give it.
process.on("beforeExit", () => {
  console.error("LOAD TEST FAILED: it stopped before finishing (nothing left to wait for)");
  process.exit(1);
});

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
