import { LOOPBACK, type NextServer, startNextServer } from "./next-server";

/**
 * The production server under load: `next start` on a free loopback port with XUNWEN_INDEX_DIR, as
 * `npm start` runs it (no --expose-gc: a retired engine is left to V8). Its stderr is watched for the index watcher's "switched to index build" and "cannot
 * load" lines, which is how the load test knows a swap happened.
 */

export const HOST = LOOPBACK;

/** One worker's switch to a build, when its log line arrived, and how long its load took. */
export interface WorkerSwitch {
  buildId: string;
  at: number;
  loadMs: number | null;
}

export interface LoadServer extends NextServer {
  swaps: WorkerSwitch[];
  loadErrors: string[];
}

/** The index watcher's "switched to index build <id> (…); loaded in X s, …" line, or null. */
export function parseSwitchLine(line: string, at = Date.now()): WorkerSwitch | null {
  const swap = /switched to index build (\S+)/.exec(line);
  if (!swap) return null;
  const loaded = /loaded in ([\d.]+) s/.exec(line);
  return { buildId: swap[1]!, at, loadMs: loaded ? Number(loaded[1]) * 1000 : null };
}

export async function startLoadServer(
  root: string,
  indexDir: string,
  timeoutMs = 300_000,
): Promise<LoadServer> {
  const swaps: LoadServer["swaps"] = [];
  const loadErrors: string[] = [];
  const server = await startNextServer({
    root,
    indexDir,
    readyPath: `/api/suggest?q=${encodeURIComponent("中")}`,
    timeoutMs,
    env: { NODE_ENV: "production" },
    onStderrLine: (line) => {
      const swap = parseSwitchLine(line);
      if (swap) swaps.push(swap);
      else if (/cannot load index build/.test(line)) loadErrors.push(line);
      if (line.trim()) console.error(`  [server] ${line}`);
    },
  });
  return { ...server, swaps, loadErrors };
}
