import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// A production server without AUTH_SECRET must refuse to start (exit non-zero, say why) rather
// than listen and answer every request with a 500. Uses the build the e2e server runs.
test("next start without AUTH_SECRET exits with a message instead of serving 500s", async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete env.AUTH_SECRET;
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", "3199", "-H", "127.0.0.1"],
    {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.once("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(code, output).toBe(1);
  expect(output).toContain("AUTH_SECRET is not set");
});
