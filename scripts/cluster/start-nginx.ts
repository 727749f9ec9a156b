import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { buildNginxConfig, NGINX_CONF, type NginxConfigOptions } from "./nginx-config";

/**
 * The load balancer as a child process: the config written into the cluster folder, checked with
 * `nginx -t` (its message shown if it fails), then `nginx -g 'daemon off;'` in the foreground so
 * that its PID is the one held here and it ends with us.
 */

export interface RunningNginx {
  child: ChildProcess;
  url: string;
  /** Rewrites the config for these replicas and reloads it (SIGHUP: old workers finish first). */
  reload(replicaPorts: readonly number[]): Promise<void>;
  stop(): Promise<void>;
}

export const NGINX_BIN = "/usr/sbin/nginx";

/** True once something accepts connections on host:port. */
export function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

export async function startNginx(
  options: NginxConfigOptions & { bin?: string },
): Promise<RunningNginx> {
  const { dir, port, bin = NGINX_BIN, host = "127.0.0.1" } = options;
  fs.mkdirSync(path.join(dir, "nginx-temp"), { recursive: true });
  const conf = path.join(dir, NGINX_CONF);
  const args = ["-p", dir, "-c", conf, "-e", path.join(dir, "nginx-error.log")];
  const writeConfig = (replicaPorts: readonly number[]) => {
    fs.writeFileSync(conf, buildNginxConfig({ ...options, replicaPorts }));
    const test = spawnSync(bin, [...args, "-t", "-q"], { encoding: "utf8" });
    if (test.status !== 0) throw new Error(`nginx rejects ${conf}: ${test.stderr.trim()}`);
  };
  writeConfig(options.replicaPorts);
  if (await portOpen(host, port)) throw new Error(`port ${port} is already taken`);
  const child = spawn(bin, [...args, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (b: Buffer) => process.stderr.write(`[nginx] ${b.toString()}`));
  for (const deadline = Date.now() + 10_000; !(await portOpen(host, port));) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopProcess(child);
      throw new Error(`nginx did not listen on ${host}:${port} (see ${dir}/nginx-error.log)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // SIGQUIT: nginx's graceful stop (requests in flight are finished).
  const reload = async (replicaPorts: readonly number[]) => {
    writeConfig(replicaPorts);
    child.kill("SIGHUP");
    // New workers start within milliseconds; old ones finish their requests and leave.
    await new Promise((r) => setTimeout(r, 1000));
  };
  return {
    child,
    url: `http://${host}:${port}/`,
    reload,
    stop: () => stopProcess(child, "SIGQUIT"),
  };
}
