// The shipped nginx front (deploy/lbpfix-*.conf) in front of the e2e server, for the answers
// that only the front can give: Next builds a fetch Request from every request before our own code
// runs, and that constructor throws on TRACE, so the app alone answers it with a 500.
// It listens on 127.0.0.2 with the app's port: the app binds 127.0.0.1 only, so the address is
// free wherever the app's port is, and no second port has to be chosen.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type NginxFront = { baseURL: string; stop: () => Promise<void> };

export async function startNginxFront(appPort: number): Promise<NginxFront> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lbpfix-e2e-nginx-"));
  // nginx started as root runs its workers as an unprivileged user, which must reach these.
  fs.chmodSync(dir, 0o755);
  for (const sub of ["cache", "body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    fs.mkdirSync(path.join(dir, sub));
    fs.chmodSync(path.join(dir, sub), 0o777);
  }
  const deploy = path.resolve("deploy");
  const listen = `127.0.0.2:${appPort}`;
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream lbpfix_app { server 127.0.0.1:${appPort}; keepalive 8; }
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=lbpfix_pages:1m max_size=16m inactive=10m use_temp_path=off;
  include ${deploy}/lbpfix-maps.conf;
  server {
    listen ${listen};
    include ${deploy}/lbpfix-locations.conf;
  }
}
`,
  );
  const nginx: ChildProcess = spawn(
    "nginx",
    ["-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
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
