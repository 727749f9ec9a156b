import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildNginxConfig } from "../scripts/cluster/nginx-config";
import { NGINX_BIN } from "../scripts/cluster/start-nginx";
import { makeTempDir } from "./temp-dirs";

/** The load balancer's config: what keeps requests answered when a replica goes away. */

const upstreamServers = (conf: string) =>
  [...conf.matchAll(/^\s*server (\S+) max_fails=(\d+) fail_timeout=(\d+)s;/gm)].map((m) => ({
    address: m[1],
    maxFails: Number(m[2]),
    failTimeout: Number(m[3]),
  }));

describe("nginx config of the cluster", () => {
  const dir = "/srv/xunwen/cluster";
  const conf = buildNginxConfig({ dir, port: 8080, replicaPorts: [8081, 8082, 8083] });

  it("balances over every replica, each with a passive health check", () => {
    const servers = upstreamServers(conf);
    expect(servers.map((s) => s.address)).toEqual([
      "127.0.0.1:8081",
      "127.0.0.1:8082",
      "127.0.0.1:8083",
    ]);
    for (const s of servers) {
      expect(s.maxFails).toBeGreaterThan(0); // max_fails=0 would disable the check
      expect(s.failTimeout).toBeGreaterThan(0);
    }
    expect(conf).toMatch(/proxy_pass http:\/\/xunwen;/);
    expect(conf).toMatch(/listen 127\.0\.0\.1:8080;/);
  });

  it("retries a request on the next replica after a connection error or timeout, up to all of them", () => {
    const next = /proxy_next_upstream ([^;]+);/.exec(conf)?.[1]?.split(/\s+/) ?? [];
    expect(next).toEqual(expect.arrayContaining(["error", "timeout", "http_502", "http_503"]));
    expect(next).not.toContain("off");
    expect(/proxy_next_upstream_tries (\d+);/.exec(conf)?.[1]).toBe("3");
  });

  it("keeps connections to the replicas alive (HTTP/1.1 without Connection: close)", () => {
    expect(conf).toMatch(/keepalive \d+;/);
    expect(conf).toMatch(/proxy_http_version 1\.1;/);
    expect(conf).toMatch(/proxy_set_header Connection "";/);
  });

  it("writes its pid, logs and temp files inside the cluster folder only", () => {
    const paths = [...conf.matchAll(/^\s*(?:pid|error_log|\w+_temp_path) (\S+?)[ ;]/gm)].map(
      (m) => m[1]!,
    );
    expect(paths.length).toBe(7);
    for (const p of paths) expect(p.startsWith(`${dir}/`)).toBe(true);
  });

  it("refuses a cluster without replicas", () => {
    expect(() => buildNginxConfig({ dir, port: 8080, replicaPorts: [] })).toThrow();
  });

  it.skipIf(!fs.existsSync(NGINX_BIN))("is accepted by nginx -t (skipped without nginx)", () => {
    const tmp = makeTempDir("nginx-conf");
    const file = path.join(tmp, "nginx.conf");
    fs.writeFileSync(file, buildNginxConfig({ dir: tmp, port: 56990, replicaPorts: [56991] }));
    fs.mkdirSync(path.join(tmp, "nginx-temp"));
    const r = spawnSync(NGINX_BIN, ["-p", tmp, "-c", file, "-e", path.join(tmp, "e.log"), "-t"], {
      encoding: "utf8",
    });
    expect(r.stderr).toMatch(/test is successful/);
  });
});
