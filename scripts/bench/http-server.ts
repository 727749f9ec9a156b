import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { LOOPBACK, type NextServer, startNextServer } from "../next-server";

/**
 * The production server for the HTTP benchmark: `next build` when .next is missing, `next start`
 * on a free loopback port with XUNWEN_INDEX_DIR, and the server's memory read from /proc.
 */

export const HOST = LOOPBACK;

export function ensureNextBuild(root: string): void {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.error("[bench:http] .next is missing: running next build");
  const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("next build failed");
}

export type RunningServer = NextServer;

export function startServer(
  root: string,
  indexDir: string,
  timeoutMs = 120_000,
): Promise<RunningServer> {
  return startNextServer({
    root,
    indexDir,
    readyPath: `/api/search?q=${encodeURIComponent("中国")}`,
    timeoutMs,
    env: { NODE_ENV: "production" },
  });
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
  const pids = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
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
