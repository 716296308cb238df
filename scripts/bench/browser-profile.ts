// `npm run bench:browser-profile -- /articles/active-recovery [--cpu 4] [--no-build]`:
// loads one page in Chromium with the CPU slowed down (4×, as Lighthouse's mobile
// preset models it), records a V8 CPU profile of the load, and prints each stretch of
// main-thread work over 30 ms as a call tree. That names what a Lighthouse "long
// task" is made of: framework start-up, hydration, or a module of ours doing work
// when it loads. Member pages are loaded signed in as the demo member.
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/db/seed";
import { withBenchServer } from "../lib/app-server";
import { cliArg } from "../lib/cli-arg";
import { launchBrowser, signInAndRecord } from "../lib/browser-session";
import { type CpuProfile } from "./cpu-profile-summary";
import { longStretches } from "./cpu-profile-stretches";

const PORT = 3311;

async function main() {
  const route = process.argv.slice(2).find((a) => a.startsWith("/")) ?? "/";
  const cpuSlowdown = Number(cliArg("--cpu", "4"));
  await withBenchServer(
    { label: "browser-profile", port: PORT, logFile: ".data/browser-profile-server.log" },
    async (server) => {
      const browser = await launchBrowser();
      try {
        const { cookie } = await signInAndRecord(server.url, DEMO_EMAIL, DEMO_PASSWORD);
        const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
        await page.setExtraHTTPHeaders({ cookie });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
        await cdp.send("Profiler.start");
        await page.goto(`${server.url}${route}`, { waitUntil: "load" });
        await page.waitForTimeout(3000);
        const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile };
        console.log(
          `${route} with the CPU ${cpuSlowdown}× slower: main-thread stretches over 30 ms\n`,
        );
        for (const stretch of longStretches(profile, { minStretchMs: 30, minNodeMs: 6 })) {
          console.log(`=== ${Math.round(stretch.ms)} ms`);
          for (const line of stretch.tree)
            console.log(
              `${" ".repeat(line.depth)}${String(Math.round(line.ms)).padStart(4)} ${line.frame}`,
            );
        }
      } finally {
        await browser.close();
      }
    },
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
