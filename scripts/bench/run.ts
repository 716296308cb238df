// `npm run bench`: throughput and latency of the main pages next to two
// baselines served by the same build in the same run (a minimal static page
// and a trivial signed-in dynamic page), plus an article through the nginx
// front next to nginx serving a plain file. Loopback only; every step is
// bounded in time. Writes bench/results/latest.{json,md}.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/db/seed";
import { prepareDatabase, seedDemo, startServer } from "../lib/app-server";
import { signInAndRecord, type RecordedRequest } from "../lib/browser-session";
import { runNginxComparison, type WrkRow } from "./nginx";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = 3300;

type Row = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; baseline?: string; ratio?: number };

async function load(name: string, url: string, opts: { cookie?: string; request?: RecordedRequest } = {}): Promise<Row> {
  const headers: Record<string, string> = opts.request?.headers ?? (opts.cookie ? { cookie: opts.cookie } : {});
  // A short warm-up so route compilation and caches don't count against the first row.
  await autocannon({ url, connections: 4, duration: 2, headers, method: opts.request ? "POST" : "GET", body: opts.request?.body });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    method: opts.request ? "POST" : "GET",
    body: opts.request?.body,
  });
  const row: Row = {
    name,
    path: new URL(url).pathname,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(`${name.padEnd(28)} ${String(row.rps).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  non-2xx ${row.non2xx}`);
  return row;
}

function firstArticlePath(): string {
  const dir = path.resolve("content/articles");
  const slug = fs.readdirSync(dir).find((f) => f.endsWith(".mdx"))?.replace(/\.mdx$/, "");
  if (!slug) throw new Error("no article to benchmark");
  return `/articles/${slug}`;
}

async function main() {
  if (!process.argv.includes("--no-build")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const database = await prepareDatabase("bench");
  const seeded = await seedDemo(database.env);
  console.log(`Seeded demo member (${seeded.sessions} sessions) on ${database.driver}.`);
  const server = await startServer({ port: PORT, env: { ...database.env, BENCH_ROUTES: "true" }, logFile: ".data/bench-server.log" });
  const rows: Row[] = [];
  let nginxRows: WrkRow[] = [];
  try {
    const { cookie, journalSave } = await signInAndRecord(server.url, DEMO_EMAIL, DEMO_PASSWORD, { recordJournalSave: true });
    const u = (p: string) => `${server.url}${p}`;
    const article = firstArticlePath();

    const staticBase = await load("baseline: static page", u("/bench/static"));
    const signedInBase = await load("baseline: signed-in page", u("/bench/signed-in"), { cookie });
    rows.push(staticBase, signedInBase);

    const vsStatic = (r: Row): Row => ({ ...r, baseline: "static", ratio: +(r.rps / staticBase.rps).toFixed(2) });
    const vsSignedIn = (r: Row): Row => ({ ...r, baseline: "signed-in", ratio: +(r.rps / signedInBase.rps).toFixed(2) });

    rows.push(vsStatic(await load("home /", u("/"))));
    rows.push(vsStatic(await load("article", u(article))));
    rows.push(vsStatic(await load("quiz", u("/quiz"))));
    rows.push(vsSignedIn(await load("dashboard (demo member)", u("/dashboard"), { cookie })));
    rows.push(vsSignedIn(await load("journal insights (demo)", u("/journal/insights"), { cookie })));
    if (journalSave) rows.push(vsSignedIn(await load("journal save (action)", u(journalSave.path), { request: journalSave })));

    nginxRows = await runNginxComparison({ appPort: PORT, articlePath: article, seconds: DURATION });
  } finally {
    await server.stop();
    await database.cleanup();
  }

  const out = path.resolve("bench/results");
  fs.mkdirSync(out, { recursive: true });
  const report = { when: new Date().toISOString(), driver: database.driver, durationSeconds: DURATION, connections: CONNECTIONS, rows, nginx: nginxRows };
  fs.writeFileSync(path.join(out, "latest.json"), JSON.stringify(report, null, 2));
  const md = [
    `# npm run bench — ${report.when} (${database.driver}, ${CONNECTIONS} connections, ${DURATION} s each)`,
    "",
    "| route | path | req/s | p50 ms | p99 ms | non-2xx | vs baseline |",
    "|---|---|---:|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.name} | ${r.path} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx + r.errors} | ${r.baseline ? `${r.ratio}× ${r.baseline}` : "—"} |`),
    "",
    ...(nginxRows.length
      ? ["| through nginx (wrk) | req/s | p50 ms | p99 ms |", "|---|---:|---:|---:|", ...nginxRows.map((r) => `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} |`)]
      : ["nginx comparison skipped (nginx or wrk not installed)."]),
  ].join("\n");
  fs.writeFileSync(path.join(out, "latest.md"), md + "\n");
  console.log(`\n${md}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
