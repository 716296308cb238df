// `npm run bench:profile -- /dashboard [--seconds 10] [--no-build]`: loads one
// route (signed in as the demo member) on a production server started with
// `node --cpu-prof`, then prints the functions that used the most CPU, grouped
// by package, so a slow page's cost has a name. The raw .cpuprofile is kept in
// .data/profiles/ for Chrome DevTools.
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/db/seed";
import { withBenchServer } from "../lib/app-server";
import { cliArg } from "../lib/cli-arg";
import { signInAndRecord } from "../lib/browser-session";
import { summariseCpuProfile, type CpuProfile } from "./cpu-profile-summary";

const PORT = 3310;

async function main() {
  const route = process.argv.slice(2).find((a) => a.startsWith("/")) ?? "/dashboard";
  const seconds = Number(cliArg("--seconds", "10"));
  const dir = path.resolve(".data/profiles");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });

  await withBenchServer(
    {
      label: "profile",
      port: PORT,
      logFile: ".data/profile-server.log",
      nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
    },
    async (server) => {
      const { cookie } = await signInAndRecord(server.url, DEMO_EMAIL, DEMO_PASSWORD);
      const url = `${server.url}${route}`;
      await autocannon({ url, connections: 4, duration: 2, headers: { cookie } });
      const result = await autocannon({
        url,
        connections: 20,
        duration: seconds,
        headers: { cookie },
      });
      console.log(
        `${route}: ${Math.round(result.requests.average)} req/s under the profiler (slower than without it)`,
      );
    },
  );

  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  if (!files.length) throw new Error(`no profile written to ${dir}`);
  // The biggest profile is the server process (next start may leave a small parent one).
  const biggest = files
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!;
  const summary = summariseCpuProfile(JSON.parse(fs.readFileSync(biggest, "utf8")) as CpuProfile);
  console.log(`\nprofile: ${biggest}\n\nself time by package:`);
  for (const row of summary.byPackage.slice(0, 15))
    console.log(`${row.percent.toFixed(1).padStart(5)} %  ${row.name}`);
  console.log("\nself time by function:");
  for (const row of summary.byFunction.slice(0, 40))
    console.log(`${row.percent.toFixed(1).padStart(5)} %  ${row.name}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
