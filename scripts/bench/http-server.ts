import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { LOOPBACK, type NextServer, startNextServer } from "../next-server";

/**
 * The production server for the HTTP benchmark: `next build` when .next is missing, `npm start`'s
 * server on a free loopback port with XUNWEN_INDEX_DIR, an earlier commit's server beside it, and
 * the servers' memory and CPU time read from /proc.
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

/** `pid` and its descendants (the server's workers), from /proc. */
export function processTree(pid: number): Set<number> {
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
  return tree;
}

/** VmRSS in MB of `pid` and its descendants (the server's workers). */
export function getTreeRssMb(pid: number): number {
  const tree = processTree(pid);
  let kb = 0;
  for (const p of tree) {
    const m = /VmRSS:\s+(\d+)/.exec(readProc(`/proc/${p}/status`));
    kb += Number(m?.[1] ?? 0);
  }
  return kb / 1024;
}

/** CPU seconds (user + system) used so far by `pid` and its descendants, from /proc. */
export function getTreeCpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    const stat = readProc(`/proc/${p}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "pid (comm)": state is field 0, utime 11, stime 12 (in clock ticks, 100 a second).
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100;
}

/**
 * The server as built at an earlier commit, for a side-by-side run: a git worktree of `ref` (kept
 * in tmp/ for the next run) with this checkout's node_modules, built once, started the way that
 * commit's `npm start` started it (`next start`, one process).
 */
export async function startBaselineServer(
  root: string,
  ref: string,
  indexDir: string,
): Promise<RunningServer & { label: string }> {
  const commit = spawnSync("git", ["rev-parse", "--short", ref], {
    cwd: root,
    encoding: "utf8",
  }).stdout.trim();
  if (!commit) throw new Error(`baseline ${ref}: no such commit`);
  const dir = path.join(root, "tmp", `bench-baseline-${commit}`);
  const run = (cmd: string, args: string[], cwd: string) => {
    const r = spawnSync(cmd, args, {
      cwd,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}`);
  };
  if (!existsSync(dir)) run("git", ["worktree", "add", "--detach", dir, commit], root);
  // Hard links (one file system): Turbopack does not follow a node_modules symlink out of the tree.
  if (!existsSync(path.join(dir, "node_modules")))
    run("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")], root);
  if (!existsSync(path.join(dir, ".next", "BUILD_ID")))
    run(path.join(dir, "node_modules/.bin/next"), ["build"], dir);
  const server = await startNextServer({
    root,
    indexDir,
    readyPath: `/api/search?q=${encodeURIComponent("中国")}`,
    timeoutMs: 180_000,
    env: { NODE_ENV: "production" },
    command: (port) => ({
      file: path.join(dir, "node_modules/.bin/next"),
      args: ["start", "-p", String(port), "-H", HOST],
      cwd: dir,
    }),
  });
  return { ...server, label: `baseline ${commit} (next start)` };
}
