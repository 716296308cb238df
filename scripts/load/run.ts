// `npm run test:load`: two `next start` instances on one Postgres, 100
// simulated members for 60 s each signing in, reading the dashboard and
// saving journal entries, alternating instances — then the same with Postgres
// restarted in the middle. Loopback only; stops by itself. Afterwards every
// save the app acknowledged must be in the database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { addDays, isoDateOf } from "@/lib/journal/iso-date";
import { peakRssMb, prepareDatabase, startServer, type RunningServer } from "../lib/app-server";
import { launchBrowser, recordJournalSaveRequest, recordNextAction, type RecordedRequest } from "../lib/browser-session";
import { replaceField } from "../lib/multipart";

const MEMBERS = Number(process.env.LOAD_MEMBERS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PASSWORD = "load-test-member-password";
const ADMIN_URL = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

type Save = { email: string; date: string; pain: number };
type Phase = { name: string; requests: number; byStatus: Record<string, number>; fivexx: number; networkErrors: number; acknowledged: Save[]; lost: number; restartedAt?: number };

async function createMembers(url: string) {
  Object.assign(process.env, { DATABASE_URL: url });
  const { getDb, closeDb } = await import("@/db");
  const { users } = await import("@/db/schema");
  const { hashPassword } = await import("@/lib/auth/password");
  const hash = await hashPassword(PASSWORD); // one hash for all: the test is about the app, not argon2
  const db = await getDb();
  const rows = Array.from({ length: MEMBERS }, (_, i) => ({ name: `Load ${i}`, email: `load-${String(i).padStart(3, "0")}@load.test`, passwordHash: hash }));
  await db.insert(users).values(rows);
  await closeDb();
  return rows.map((r) => r.email);
}

async function record(server: RunningServer, email: string) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto("/sign-in");
    const signIn = await recordNextAction(page, async () => {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: /sign in/i }).click();
    });
    await page.waitForURL(/\/dashboard/);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const save = await recordJournalSaveRequest(page, cookie);
    return { signIn, save };
  } finally {
    await browser.close();
  }
}

function send(base: string, req: RecordedRequest, body: string, cookie?: string) {
  const headers = { ...req.headers };
  if (cookie) headers.cookie = cookie;
  else delete headers.cookie;
  return fetch(`${base}${req.path}`, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(30_000) });
}

async function runPhase(name: string, servers: RunningServer[], emails: string[], rec: { signIn: RecordedRequest; save: RecordedRequest }, dayOffset: number, restartAt?: number): Promise<Phase> {
  const phase: Phase = { name, requests: 0, byStatus: {}, fivexx: 0, networkErrors: 0, acknowledged: [], lost: 0 };
  const deadline = Date.now() + SECONDS * 1000;
  const today = isoDateOf(new Date());
  let turn = 0;
  const next = () => servers[turn++ % servers.length]!.url;
  const count = (status: number) => {
    phase.requests += 1;
    phase.byStatus[status] = (phase.byStatus[status] ?? 0) + 1;
    if (status >= 500) phase.fivexx += 1;
  };

  let restart: Promise<void> | undefined;
  if (restartAt !== undefined) {
    restart = new Promise((resolve) =>
      setTimeout(() => {
        phase.restartedAt = restartAt;
        console.log(`  restarting Postgres at ${restartAt}s…`);
        const cluster = fs.readdirSync("/etc/postgresql")[0] ?? "15";
        execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", cluster, "main", "restart"], { stdio: "inherit" });
        console.log("  Postgres is back.");
        resolve();
      }, restartAt * 1000),
    );
  }

  await Promise.all(
    emails.map(async (email, i) => {
      let cookie = "";
      let day = 0;
      while (Date.now() < deadline) {
        try {
          if (!cookie) {
            const res = await send(next(), rec.signIn, replaceField(rec.signIn.body, "email", email));
            count(res.status);
            cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => c?.includes("session-token")).join("; ");
            if (!cookie) await new Promise((r) => setTimeout(r, 500));
            continue;
          }
          const dash = await fetch(`${next()}/dashboard`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(30_000) });
          count(dash.status);
          await dash.arrayBuffer();
          // Each save writes a distinct day, so every acknowledged save can be checked afterwards.
          const date = addDays(today, -(dayOffset + day));
          const pain = (i + day) % 11;
          let body = replaceField(rec.save.body, "date", date);
          body = replaceField(replaceField(body, "pain", String(pain)), "worstPain", String(Math.min(10, pain + 1)));
          const res = await send(next(), rec.save, body, cookie);
          count(res.status);
          const text = await res.text();
          if (res.status === 200 && text.includes('"status":"success"')) phase.acknowledged.push({ email, date, pain });
          day += 1;
        } catch {
          phase.networkErrors += 1;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    }),
  );
  await restart;
  return phase;
}

async function verify(url: string, phase: Phase) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; date: string; pain: number }>(
      "select u.email, to_char(j.entry_date, 'YYYY-MM-DD') as date, j.pain from journal_entries j join users u on u.id = j.user_id",
    );
    const stored = new Map(rows.map((r) => [`${r.email}|${r.date}`, r.pain]));
    phase.lost = phase.acknowledged.filter((s) => stored.get(`${s.email}|${s.date}`) !== s.pain).length;
  } finally {
    await client.end();
  }
}

async function main() {
  if (!process.argv.includes("--no-build")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const database = await prepareDatabase("load", ADMIN_URL);
  const dbUrl = database.env.DATABASE_URL!;
  const emails = await createMembers(dbUrl);
  // The sign-in limiter's per-IP bucket would see 100 members on one loopback
  // address as one attacker; it is switched off here, and only here.
  const env = { ...database.env, RATE_LIMIT_DISABLED: "true", DATABASE_POOL_MAX: "20" };
  const servers = await Promise.all([3401, 3402].map((port) => startServer({ port, env, logFile: `.data/load-${port}.log` })));
  const phases: Phase[] = [];
  const peaks: Record<number, number | null> = {};
  const sample = setInterval(() => servers.forEach((s) => (peaks[s.port] = peakRssMb(s.pid))), 1000);
  try {
    const rec = await record(servers[0]!, emails[0]!);
    console.log(`Phase 1: ${MEMBERS} members, ${SECONDS} s, two instances`);
    phases.push(await runPhase("steady", servers, emails, rec, 0));
    await verify(dbUrl, phases[0]!);
    console.log(`Phase 2: the same, Postgres restarted at ${Math.round(SECONDS / 2)} s`);
    phases.push(await runPhase("postgres restart", servers, emails, rec, 400, Math.round(SECONDS / 2)));
    await verify(dbUrl, phases[1]!);
  } finally {
    clearInterval(sample);
    servers.forEach((s) => (peaks[s.port] = peakRssMb(s.pid) ?? peaks[s.port] ?? null));
    await Promise.all(servers.map((s) => s.stop()));
    await database.cleanup();
  }
  const summary = phases.map((p) => ({ phase: p.name, requests: p.requests, fivexx: p.fivexx, networkErrors: p.networkErrors, acknowledgedSaves: p.acknowledged.length, lostSaves: p.lost, byStatus: p.byStatus }));
  const report = { when: new Date().toISOString(), members: MEMBERS, seconds: SECONDS, peakRssMb: peaks, phases: summary };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(path.join("bench/results", "load.json"), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  const failed = summary.some((p) => p.fivexx > 0 || p.lostSaves > 0 || p.acknowledgedSaves === 0);
  console.log(failed ? "LOAD TEST FAILED" : "load test passed: zero 5xx, zero lost acknowledged saves");
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
