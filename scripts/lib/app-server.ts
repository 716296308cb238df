// Shared by the benchmark, load and crash scripts: a production `next start`
// on a database of its own (fresh Postgres database when DATABASE_URL is set,
// else a fresh PGlite directory), seeded with the demo member.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createFreshPostgres } from "../../tests/integration/fresh-database";

export type PreparedDatabase = {
  env: Record<string, string>;
  cleanup: () => Promise<void>;
  driver: "pg" | "pglite";
};

export async function prepareDatabase(
  label: string,
  adminUrl = process.env.DATABASE_URL,
): Promise<PreparedDatabase> {
  if (adminUrl) {
    const fresh = await createFreshPostgres(adminUrl, `lbpfix_${label}`);
    return { env: { DATABASE_URL: fresh.url }, cleanup: fresh.drop, driver: "pg" };
  }
  const dir = path.resolve(`.data/${label}/pglite`);
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  return {
    env: { DATABASE_URL: "", PGLITE_DIR: dir },
    cleanup: () => {
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
      return Promise.resolve();
    },
    driver: "pglite",
  };
}

/**
 * Seeds the demo member in-process, with a live share link of their default visit pack (its
 * raw token returned for the /r/ row), then releases the database for the server.
 */
export async function seedDemo(env: Record<string, string>) {
  Object.assign(process.env, env);
  const { getDb, closeDb } = await import("@/db");
  const { seedDemoMember } = await import("@/db/seed");
  const { hashPassword } = await import("@/lib/auth/password");
  const { DEMO_PASSWORD } = await import("@/db/seed");
  const { createShareLink } = await import("@/db/queries/share-links");
  const { newShareToken } = await import("@/lib/share-links/share-token");
  const { shareLinkExpiry, SHARE_LINK_DEFAULT_DAYS } = await import("@/lib/share-links/expiry");
  const { addDays, isoDateOf } = await import("@/lib/dates/iso-date");
  const { VISIT_PACK_DEFAULT_DAYS, VISIT_PACK_SECTION_IDS } =
    await import("@/lib/progress/visit-pack-options");
  const result = await seedDemoMember(await getDb(), {
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  const { token, tokenHash } = newShareToken();
  const now = new Date();
  const today = isoDateOf(now);
  await createShareLink({
    userId: result.userId,
    tokenHash,
    options: {
      from: addDays(today, -(VISIT_PACK_DEFAULT_DAYS - 1)),
      to: today,
      sections: [...VISIT_PACK_SECTION_IDS],
    },
    createdAt: now,
    expiresAt: shareLinkExpiry(now, SHARE_LINK_DEFAULT_DAYS),
  });
  await closeDb();
  return { ...result, shareToken: token };
}

export type RunningServer = {
  url: string;
  port: number;
  child: ChildProcess;
  stop: () => Promise<void>;
  pid: number;
};

export async function startServer({
  port,
  env,
  logFile,
  nodeArgs = [],
}: {
  port: number;
  env: Record<string, string>;
  logFile?: string;
  /** Flags for node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
}): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-bench-only-secret-012345",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const log = logFile ? fs.createWriteStream(logFile) : undefined;
  child.stdout?.on("data", (c: Buffer) => log?.write(c));
  child.stderr?.on("data", (c: Buffer) => log?.write(c));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!isRunning(child))
      throw new Error(
        `server on ${port} exited with ${child.exitCode ?? child.signalCode}${logFile ? ` (see ${logFile})` : ""}`,
      );
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not become healthy in 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    port,
    child,
    pid: child.pid ?? -1,
    stop: () =>
      new Promise<void>((resolve) => {
        // A server killed by a signal (an out-of-memory abort) has exitCode null
        // and will not emit "exit" again: waiting for it would hang the caller.
        if (!isRunning(child)) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

/** False once the process has exited or been killed by a signal. */
export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Peak resident memory of a process so far, from /proc (Linux). */
export function peakRssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The first article in content/articles, as a path: the one the benchmarks measure. */
export function firstArticlePath(): string {
  const slug = fs
    .readdirSync(path.resolve("content/articles"))
    .find((f) => f.endsWith(".mdx"))
    ?.replace(/\.mdx$/, "");
  if (!slug) throw new Error("no article to benchmark");
  return `/articles/${slug}`;
}

export type BenchSetup = {
  driver: PreparedDatabase["driver"];
  seeded: Awaited<ReturnType<typeof seedDemo>>;
};

/**
 * What every benchmark starts with: a production build (unless --no-build), a fresh
 * database seeded with the demo member, and `next start` on it with the benchmark
 * routes on. Server and database are gone when `measure` settles, whatever it did.
 */
export async function withBenchServer<T>(
  options: { label: string; port: number; logFile: string; nodeArgs?: string[] },
  measure: (server: RunningServer, setup: BenchSetup) => Promise<T>,
): Promise<T> {
  if (!process.argv.includes("--no-build"))
    // BENCH_ROUTES at build: the static baseline is prerendered like every static page.
    execFileSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, BENCH_ROUTES: "true" },
    });
  const database = await prepareDatabase(options.label);
  const seeded = await seedDemo(database.env);
  const server = await startServer({
    port: options.port,
    env: { ...database.env, BENCH_ROUTES: "true" },
    logFile: options.logFile,
    nodeArgs: options.nodeArgs,
  });
  try {
    return await measure(server, { driver: database.driver, seeded });
  } finally {
    await server.stop();
    await database.cleanup();
  }
}
