import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The production server for the HTTP benchmark: `next build` when .next is missing, `next start`
 * on a free loopback port with XUNWEN_INDEX_DIR, and the server's memory read from /proc.
 */

export const HOST = "127.0.0.1";

function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function ensureNextBuild(root: string): void {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.error("[bench:http] .next is missing: running next build");
  const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) throw new Error("next build failed");
}

export interface RunningServer {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

export async function startServer(root: string, indexDir: string, timeoutMs = 120_000): Promise<RunningServer> {
  const port = await getFreePort();
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", HOST], {
    cwd: root,
    env: { ...process.env, XUNWEN_INDEX_DIR: indexDir, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://${HOST}:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/search?q=${encodeURIComponent("中国")}`).then((r) => r.ok, () => false);
    if (ok) return { child, base, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`server not answering on ${base} after ${timeoutMs / 1000} s`);
}

/** A /proc file's text, or "" when the process has gone. */
function readProc(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function parentOf(pid: number): number | null {
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after ")".
  const stat = readProc(`/proc/${pid}/stat`);
  return stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : null;
}

/** VmRSS in MB of `pid` and its descendants (`next start` may run the server in a child). */
export function getTreeRssMb(pid: number): number {
  const pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of pids) {
      const parent = parentOf(p);
      if (parent !== null && tree.has(parent) && !tree.has(p)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const p of tree) {
    const m = /VmRSS:\s+(\d+)/.exec(readProc(`/proc/${p}/status`));
    kb += Number(m?.[1] ?? 0);
  }
  return kb / 1024;
}
