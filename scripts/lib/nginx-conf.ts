// A throwaway nginx around the shipped deploy/lbpfix-*.conf, for the benchmark's front
// comparison and the e2e tests of answers only the front gives. One writer, so both run the
// same front the deploy guide describes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A temp folder nginx's unprivileged workers can use (they drop from root when started as root). */
export function nginxWorkDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  for (const sub of ["cache", "body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    fs.mkdirSync(path.join(dir, sub));
    fs.chmodSync(path.join(dir, sub), 0o777); // after mkdir: the umask would trim a mode given there
  }
  return dir;
}

export type NginxConfOptions = {
  dir: string;
  appPort: number;
  /** address:port the front listens on */
  listen: string;
  workers: number;
  workerConnections: number;
  keepalive: number;
  cacheSize: { keys: string; max: string };
  /** Extra directives for the http block and the server block. */
  http?: string;
  server?: string;
};

/** Writes `dir/nginx.conf` and returns its path. */
export function writeNginxConf(o: NginxConfOptions): string {
  const deploy = path.resolve("deploy");
  const file = path.join(o.dir, "nginx.conf");
  fs.writeFileSync(
    file,
    `worker_processes ${o.workers};
pid ${o.dir}/nginx.pid;
error_log ${o.dir}/error.log warn;
events { worker_connections ${o.workerConnections}; }
http {
  include /etc/nginx/mime.types;
  access_log off;
${o.http ?? ""}
  client_body_temp_path ${o.dir}/body;
  proxy_temp_path ${o.dir}/proxy;
  fastcgi_temp_path ${o.dir}/fastcgi;
  uwsgi_temp_path ${o.dir}/uwsgi;
  scgi_temp_path ${o.dir}/scgi;
  upstream lbpfix_app { server 127.0.0.1:${o.appPort}; keepalive ${o.keepalive}; }
  proxy_cache_path ${o.dir}/cache levels=1:2 keys_zone=lbpfix_pages:${o.cacheSize.keys} max_size=${o.cacheSize.max} inactive=10m use_temp_path=off;
  include ${deploy}/lbpfix-maps.conf;
  server {
    listen ${o.listen};
${o.server ?? ""}
    include ${deploy}/lbpfix-locations.conf;
  }
}
`,
  );
  return file;
}
