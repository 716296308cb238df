// `npm run bench`: throughput and latency of the main pages next to two
// baselines served by the same build in the same run (a minimal static page
// and a trivial signed-in dynamic page), plus an article through the nginx
// front next to nginx serving a plain file. Loopback only; every step is
// bounded in time. Writes bench/results/latest.{json,md}.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/db/seed";
import { VISIT_PACK_SECTION_IDS } from "@/lib/progress/visit-pack-options";
import { firstArticlePath, withBenchServer } from "../lib/app-server";
import { signInAndRecord, type RecordedRequest } from "../lib/browser-session";
import { pairedRatio } from "./paired-ratio";
import { runNginxComparison, type WrkRow } from "./nginx";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 3);
// Every route is measured this many times, in turns, and the median round is reported: on a
// shared 2-core VM a single 10-second run of the same route moved ±30% between runs.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_PORT: several checkouts benchmarking on one machine each need their own port.
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASELINE_NAMES = {
  static: "baseline: static page",
  "signed-in": "baseline: signed-in page",
} as const;

type Row = {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Server CPU time (user + system) per request: what throughput is the inverse of when CPU-bound. */
  cpuMs: number;
  baseline?: string;
  ratio?: number;
  /** Median of the per-round ratios (see paired-ratio.ts). */
  pairedRatio?: number;
  /** Baseline CPU per request ÷ this route's: the throughput ratio the CPU cost implies. */
  cpuRatio?: number;
};

// `--only dashboard,article` measures just the rows whose name contains one of the words
// (the baselines always run): a quick check while fixing one route.
const ONLY = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const skip = (name: string) =>
  Boolean(ONLY && !name.startsWith("baseline") && !ONLY.some((w) => name.includes(w)));

type Target = {
  name: string;
  url: string;
  cookie?: string;
  request?: RecordedRequest;
  baseline?: "static" | "signed-in";
  /**
   * Each request from its own client address: a route rate-limited per address (/r/…) is
   * measured with its limiter working, as for many readers, not refused as one flooding one.
   */
  distinctClients?: boolean;
  /** Concurrent connections for this row when the default (50) would measure queueing, not it. */
  connections?: number;
};

let clientCounter = 0;
/** A documentation-range address (198.18.0.0/15, RFC 2544), a new one each call. */
function nextClientAddress(): string {
  clientCounter += 1;
  return `198.${18 + ((clientCounter >> 16) & 1)}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`;
}

function options(t: Target, connections: number, duration: number): autocannon.Options {
  const headers: Record<string, string> =
    t.request?.headers ?? (t.cookie ? { cookie: t.cookie } : {});
  return {
    url: t.url,
    connections,
    duration,
    headers,
    method: t.request ? "POST" : "GET",
    body: t.request?.body,
    ...(t.distinctClients
      ? {
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                headers: { ...request.headers, "x-forwarded-for": nextClientAddress() },
              }),
            },
          ],
        }
      : {}),
  };
}

/** CPU seconds the server process has used so far (utime + stime from /proc, Linux). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks: 100 per second on Linux
}

async function measure(t: Target, serverPid: number): Promise<Row> {
  const before = cpuSeconds(serverPid);
  const result = await autocannon(options(t, t.connections ?? CONNECTIONS, DURATION));
  const cpu = cpuSeconds(serverPid) - before;
  const row: Row = {
    name: t.name,
    path: new URL(t.url).pathname,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMs: result.requests.total ? +((cpu * 1000) / result.requests.total).toFixed(2) : NaN,
  };
  console.log(
    `${t.name.padEnd(28)} ${String(row.rps).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  CPU ${row.cpuMs} ms/req  non-2xx ${row.non2xx}`,
  );
  return row;
}

/** The round with the median throughput (errors of every round are kept). */
function medianRound(rounds: Row[]): Row {
  const sorted = [...rounds].sort((a, b) => a.rps - b.rps);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const sum = (k: "errors" | "non2xx") => rounds.reduce((n, r) => n + r[k], 0);
  return { ...median, errors: sum("errors"), non2xx: sum("non2xx") };
}

async function main() {
  const rows: Row[] = [];
  let nginxRows: WrkRow[] = [];
  const { driver } = await withBenchServer(
    { label: "bench", port: PORT, logFile: ".data/bench-server.log" },
    async (server, setup) => {
      console.log(`Seeded demo member (${setup.seeded.sessions} sessions) on ${setup.driver}.`);
      const { cookie, journalSave } = await signInAndRecord(server.url, DEMO_EMAIL, DEMO_PASSWORD, {
        recordJournalSave: true,
      });
      const u = (p: string) => `${server.url}${p}`;
      const article = firstArticlePath();

      const all: Target[] = [
        { name: "baseline: static page", url: u("/bench/static") },
        { name: "baseline: signed-in page", url: u("/bench/signed-in"), cookie },
        { name: "home /", url: u("/"), baseline: "static" },
        { name: "article", url: u(article), baseline: "static" },
        { name: "quiz", url: u("/quiz"), baseline: "static" },
        { name: "dashboard (demo member)", url: u("/dashboard"), cookie, baseline: "signed-in" },
        { name: "program (demo member)", url: u("/program"), cookie, baseline: "signed-in" },
        {
          name: "journal insights (demo)",
          url: u("/journal/insights"),
          cookie,
          baseline: "signed-in",
        },
        {
          name: "shared visit pack /r/[token]",
          url: u(`/r/${setup.seeded.shareToken}`),
          baseline: "signed-in",
          distinctClients: true,
        },
        {
          // Six months, every section: the largest pack the demo member can ask for. Its budget
          // is the time one download takes (p50 ≤ 300 ms, issue 19), so four downloads at once,
          // not fifty: at fifty on two cores even the trivial signed-in page waits ~350 ms in
          // the queue, and a ~50 ms PDF would report the queue, not itself.
          name: "visit pack PDF, 180 days (demo), 4 connections",
          url: u(
            `/progress/report/pdf?set=1&range=180&${VISIT_PACK_SECTION_IDS.map((id) => `section=${id}`).join("&")}`,
          ),
          cookie,
          connections: 4,
        },
        ...(journalSave
          ? [
              {
                name: "journal save (action)",
                url: u(journalSave.path),
                request: journalSave,
                baseline: "signed-in" as const,
              },
            ]
          : []),
      ];
      const targets = all.filter((t) => !skip(t.name));

      // Warm the whole server up first: whichever route is measured first would otherwise pay
      // for the JIT and the first-request module loads (it made the static baseline look 2×
      // slower than the equally prerendered home page).
      for (const t of targets) await autocannon(options(t, 10, WARM_UP_SECONDS));

      const rounds = new Map<string, Row[]>(targets.map((t) => [t.name, []]));
      for (let round = 1; round <= ROUNDS; round++) {
        console.log(`round ${round} of ${ROUNDS}`);
        for (const t of targets) rounds.get(t.name)!.push(await measure(t, server.pid));
      }
      const measured = new Map([...rounds].map(([name, rs]) => [name, medianRound(rs)]));
      const base = {
        static: measured.get(BASELINE_NAMES.static)!,
        "signed-in": measured.get(BASELINE_NAMES["signed-in"])!,
      };
      for (const t of targets) {
        const row = measured.get(t.name)!;
        rows.push(
          t.baseline
            ? {
                ...row,
                baseline: t.baseline,
                ratio: +(row.rps / base[t.baseline].rps).toFixed(2),
                pairedRatio: pairedRatio(
                  rounds.get(t.name)!.map((r) => r.rps),
                  rounds.get(BASELINE_NAMES[t.baseline])!.map((r) => r.rps),
                ),
                cpuRatio: +(base[t.baseline].cpuMs / row.cpuMs).toFixed(2),
              }
            : row,
        );
      }

      if (!ONLY || ONLY.includes("nginx"))
        nginxRows = await runNginxComparison({
          appPort: PORT,
          articlePath: article,
          seconds: DURATION,
          cookie,
        });
      return setup;
    },
  );

  const out = path.resolve("bench/results");
  fs.mkdirSync(out, { recursive: true });
  const report = {
    when: new Date().toISOString(),
    driver,
    durationSeconds: DURATION,
    rounds: ROUNDS,
    connections: CONNECTIONS,
    rows,
    nginx: nginxRows,
  };
  fs.writeFileSync(path.join(out, "latest.json"), JSON.stringify(report, null, 2));
  const md = [
    `# npm run bench — ${report.when} (${driver}, ${CONNECTIONS} connections, ${DURATION} s each, median of ${ROUNDS} rounds)`,
    "",
    "| route | path | req/s | p50 ms | p99 ms | non-2xx | vs baseline | paired by round | server CPU ms/req | vs baseline by CPU |",
    "|---|---|---:|---:|---:|---:|---|---|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.path} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.non2xx + r.errors} | ${r.baseline ? `${r.ratio}× ${r.baseline}` : "—"} | ${r.baseline ? `${r.pairedRatio}×` : "—"} | ${r.cpuMs} | ${r.baseline ? `${r.cpuRatio}×` : "—"} |`,
    ),
    "",
    ...(nginxRows.length
      ? [
          "| through nginx (wrk) | req/s | p50 ms | p99 ms |",
          "|---|---:|---:|---:|",
          ...nginxRows.map((r) => `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} |`),
        ]
      : [
          ONLY && !ONLY.includes("nginx")
            ? "nginx comparison not run (--only)."
            : "nginx comparison skipped (nginx or wrk not installed).",
        ]),
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
