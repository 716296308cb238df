// The nginx half of `npm run bench`: the deploy/ front proxying to the
// benchmark's app server, measured with wrk (autocannon itself tops out near
// 6,000 req/s here) next to the same nginx serving a plain static file.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { nginxWorkDir, writeNginxConf } from "../lib/nginx-conf";

export type WrkRow = { name: string; rps: number; p50: number; p99: number };

const NGINX_PORT = 8088;

function has(cmd: string) {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function ensureTools(): boolean {
  if (has("nginx") && has("wrk")) return true;
  try {
    execFileSync(
      "sh",
      [
        "-c",
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light wrk || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk",
      ],
      {
        stdio: "inherit",
        timeout: 180_000,
      },
    );
  } catch {
    return false;
  }
  return has("nginx") && has("wrk");
}

function toMs(value: string): number {
  const m = /([\d.]+)(us|ms|s)/.exec(value);
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === "us" ? n / 1000 : m[2] === "s" ? n * 1000 : n;
}

function wrk(name: string, url: string, seconds: number): WrkRow {
  const out = execFileSync("wrk", ["-t2", "-c50", `-d${seconds}s`, "--latency", url], {
    encoding: "utf8",
    timeout: (seconds + 30) * 1000,
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const p50 = toMs(/\s50%\s+(\S+)/.exec(out)?.[1] ?? "");
  const p99 = toMs(/\s99%\s+(\S+)/.exec(out)?.[1] ?? "");
  const row = { name, rps: Math.round(rps), p50: +p50.toFixed(2), p99: +p99.toFixed(2) };
  console.log(
    `${name.padEnd(28)} ${String(row.rps).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms (wrk)`,
  );
  return row;
}

async function cacheStatus(url: string, headers: Record<string, string> = {}): Promise<string> {
  let status = "";
  // Twice: the first request of a cacheable page is a MISS that stores it.
  for (let i = 0; i < 2; i++)
    status = (await fetch(url, { headers, redirect: "manual" })).headers.get("x-cache") ?? "";
  return status;
}

/** What the bench relies on and deploy/ promises: public pages are cached, member pages never. */
async function checkCachePolicy(base: string, articlePath: string, cookie: string) {
  const checks: [string, string, Record<string, string>, (s: string) => boolean][] = [
    ["article (guest)", articlePath, {}, (s) => s === "HIT"],
    ["article with a session cookie", articlePath, { cookie }, (s) => s !== "HIT"],
    ["dashboard (member)", "/dashboard", { cookie }, (s) => s !== "HIT"],
    ["sign-in page", "/sign-in", {}, (s) => s !== "HIT"],
  ];
  for (const [name, p, headers, ok] of checks) {
    const status = await cacheStatus(`${base}${p}`, headers);
    if (!ok(status))
      throw new Error(`nginx cache policy broken: ${name} answered X-Cache ${status || "(none)"}`);
    console.log(`nginx cache: ${name.padEnd(30)} X-Cache ${status || "(none)"}`);
  }
}

export async function runNginxComparison({
  appPort,
  articlePath,
  seconds,
  cookie,
}: {
  appPort: number;
  articlePath: string;
  seconds: number;
  /** A signed-in member's cookie: member pages must never come from the front's cache. */
  cookie: string;
}): Promise<WrkRow[]> {
  if (!ensureTools()) {
    console.warn("nginx/wrk unavailable: skipping the front comparison");
    return [];
  }
  const dir = nginxWorkDir("lbpfix-nginx-");
  fs.writeFileSync(
    path.join(dir, "tiny.html"),
    "<!doctype html><title>plain</title><p>A plain static file.</p>\n",
  );
  // The comparison file is the article's own HTML saved to disk: the same bytes on the wire, so
  // the ratio measures what the front adds (cache lookup, proxy headers), not the page's size.
  const articleHtml = await (await fetch(`http://127.0.0.1:${appPort}${articlePath}`)).text();
  fs.writeFileSync(path.join(dir, "plain.html"), articleHtml);
  const conf = writeNginxConf({
    dir,
    appPort,
    listen: `127.0.0.1:${NGINX_PORT}`,
    workers: 2,
    workerConnections: 4096,
    keepalive: 64,
    cacheSize: { keys: "20m", max: "256m" },
    http: `  sendfile on;
  open_file_cache max=2000 inactive=60s;
  open_file_cache_valid 30s;
  server_tokens off;`,
    server: `    location = /plain.html { root ${dir}; }
    location = /tiny.html { root ${dir}; }`,
  });
  const nginx = spawn("nginx", ["-c", conf, "-g", "daemon off;"], {
    stdio: "inherit",
  });
  try {
    await new Promise((r) => setTimeout(r, 800));
    const base = `http://127.0.0.1:${NGINX_PORT}`;
    const check = await fetch(`${base}${articlePath}`);
    if (!check.ok) {
      const log = fs.existsSync(path.join(dir, "error.log"))
        ? fs.readFileSync(path.join(dir, "error.log"), "utf8").slice(-2000)
        : "";
      throw new Error(`nginx front answered ${check.status} for ${articlePath}\n${log}`);
    }
    await checkCachePolicy(base, articlePath, cookie);
    // Prime the front's cache so the measured run sees what a busy site sees: hits.
    execFileSync("wrk", ["-t1", "-c4", "-d2s", `${base}${articlePath}`], {
      stdio: "ignore",
      timeout: 30_000,
    });
    const tiny = wrk("nginx: tiny static file", `${base}/tiny.html`, seconds);
    const kb = Math.round(Buffer.byteLength(articleHtml) / 1024);
    const plain = wrk(`nginx: static file, ${kb} KB`, `${base}/plain.html`, seconds);
    const article = wrk("nginx → app: article", `${base}${articlePath}`, seconds);
    const ratio = (article.rps / plain.rps).toFixed(2);
    return [tiny, plain, { ...article, name: `${article.name} (${ratio}× the same-size file)` }];
  } finally {
    nginx.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
