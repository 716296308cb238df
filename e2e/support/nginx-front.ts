// The shipped nginx front (deploy/lbpfix-*.conf) in front of the e2e server, for the answers
// that only the front can give: Next builds a fetch Request from every request before our own code
// runs, and that constructor throws on TRACE, so the app alone answers it with a 500.
// It listens on 127.0.0.2 with the app's port: the app binds 127.0.0.1 only, so the address is
// free wherever the app's port is, and no second port has to be chosen.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { nginxWorkDir, writeNginxConf } from "../../scripts/lib/nginx-conf";

export type NginxFront = { baseURL: string; stop: () => Promise<void> };

export async function startNginxFront(appPort: number): Promise<NginxFront> {
  const dir = nginxWorkDir("lbpfix-e2e-nginx-");
  const listen = `127.0.0.2:${appPort}`;
  const conf = writeNginxConf({
    dir,
    appPort,
    listen,
    workers: 1,
    workerConnections: 256,
    keepalive: 8,
    cacheSize: { keys: "1m", max: "16m" },
  });
  const nginx: ChildProcess = spawn("nginx", ["-c", conf, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  nginx.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const spawnError = new Promise<Error>((resolve) => nginx.on("error", resolve));
  const baseURL = `http://${listen}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const failed = await Promise.race([
      spawnError,
      new Promise<null>((r) => setTimeout(() => r(null), 200)),
    ]);
    if (failed)
      throw new Error(`nginx could not start (the CI script installs it): ${failed.message}`);
    const up = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || nginx.exitCode !== null)
      throw new Error(`nginx front did not come up:\n${stderr}`);
  }
  return {
    baseURL,
    stop: async () => {
      nginx.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
