import { LOOPBACK, type NextServer, startNextServer } from "./next-server";

/**
 * The production server under load: `next start` on a free loopback port with XUNWEN_INDEX_DIR, as
 * `npm start` runs it (no --expose-gc: a retired engine is left to V8). Its stderr is watched for the index watcher's "switched to index build" and "cannot
 * load" lines, which is how the load test knows a swap happened.
 */

export const HOST = LOOPBACK;

export interface LoadServer extends NextServer {
  swaps: { buildId: string; at: number }[];
  loadErrors: string[];
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
      const swap = /switched to index build (\S+)/.exec(line);
      if (swap) swaps.push({ buildId: swap[1]!, at: Date.now() });
      else if (/cannot load index build/.test(line)) loadErrors.push(line);
      if (line.trim()) console.error(`  [server] ${line}`);
    },
  });
  return { ...server, swaps, loadErrors };
}
