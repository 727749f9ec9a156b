import path from "node:path";

/**
 * nginx as the cluster's load balancer: one upstream of the loopback replicas, passive health
 * checks (a replica that refuses a connection, times out or answers 502/503/504 is taken out for
 * `failTimeoutS`, then tried again) and the request retried on the next replica when that happens.
 * Every request the app serves is a GET, so retrying is safe without `non_idempotent`. All paths
 * (pid, logs, temp folders) are inside `dir`, so it runs from a prefix beside the app's data:
 * `nginx -p <dir> -c <dir>/nginx.conf -g 'daemon off;'`.
 */

export interface NginxConfigOptions {
  /** The cluster folder: nginx.conf, pid, error log and temp folders go here. */
  dir: string;
  /** Loopback port nginx listens on. */
  port: number;
  /** One loopback port per replica. */
  replicaPorts: readonly number[];
  /** Failed attempts within failTimeoutS that take a replica out (nginx's max_fails). */
  maxFails?: number;
  /** How long a failed replica stays out, and the window its failures are counted in. */
  failTimeoutS?: number;
  workerProcesses?: number;
  host?: string;
}

export const NGINX_CONF = "nginx.conf";

/** The directives nginx needs to run as root from a prefix without touching /var or /run. */
function runtimePaths(dir: string): string[] {
  const temp = (name: string) => path.join(dir, "nginx-temp", name);
  return [
    `client_body_temp_path ${temp("client")};`,
    `proxy_temp_path ${temp("proxy")};`,
    `fastcgi_temp_path ${temp("fastcgi")};`,
    `uwsgi_temp_path ${temp("uwsgi")};`,
    `scgi_temp_path ${temp("scgi")};`,
  ];
}

export function buildNginxConfig(options: NginxConfigOptions): string {
  const { dir, port, replicaPorts, maxFails = 1, failTimeoutS = 3 } = options;
  const { workerProcesses = 1, host = "127.0.0.1" } = options;
  if (replicaPorts.length === 0) throw new Error("nginx needs at least one replica");
  const servers = replicaPorts.map(
    (p) => `    server ${host}:${p} max_fails=${maxFails} fail_timeout=${failTimeoutS}s;`,
  );
  return `# Written by scripts/cluster/nginx-config.ts; rewritten on every start.
worker_processes ${workerProcesses};
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "nginx-error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
${runtimePaths(dir)
  .map((l) => `  ${l}`)
  .join("\n")}
  upstream xunwen {
${servers.join("\n")}
    # Kept-alive connections to the replicas: no TCP handshake per request.
    keepalive 64;
  }
  server {
    listen ${host}:${port};
    location / {
      proxy_pass http://xunwen;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A refused or reset connection (a replica killed or restarting), a timeout, or a replica
      # without an index yet (503): the same request goes to the next replica.
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries ${replicaPorts.length};
      proxy_next_upstream_timeout 30s;
      # A client that gives up does not cut the replica's render short: the answer is cached for
      # the next asker, and a replica never sees a connection closed mid-render (its render queue,
      # lib/serve/render-queue.ts, waits for every render it started to end).
      proxy_ignore_client_abort on;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      # Which replica answered, for tests and for an operator's curl -I.
      add_header X-Xunwen-Upstream $upstream_addr always;
    }
  }
}
`;
}
