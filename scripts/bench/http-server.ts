import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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
