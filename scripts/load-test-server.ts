import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/**
 * The production server under load: `next start` on a free loopback port with XUNWEN_INDEX_DIR and
 * --expose-gc (so the server collects a retired engine right after a hot swap; nothing else is
 * exposed). Its stderr is watched for the index watcher's "switched to index build" and "cannot
 * load" lines, which is how the load test knows a swap happened.
 */

export const HOST = "127.0.0.1";

export interface LoadServer {
  child: ChildProcess;
  base: string;
  swaps: { buildId: string; at: number }[];
  loadErrors: string[];
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startLoadServer(root: string, indexDir: string, timeoutMs = 300_000): Promise<LoadServer> {
  const port = await freePort();
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", HOST], {
    cwd: root,
    env: { ...process.env, XUNWEN_INDEX_DIR: indexDir, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "--expose-gc" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const server: LoadServer = { child, base: `http://${HOST}:${port}`, swaps: [], loadErrors: [], stop };
  let pending = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const swap = /switched to index build (\S+)/.exec(line);
      if (swap) server.swaps.push({ buildId: swap[1]!, at: Date.now() });
      else if (/cannot load index build/.test(line)) server.loadErrors.push(line);
      if (line.trim()) console.error(`  [server] ${line}`);
    }
  });
  async function stop() {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  }
  // Listening but answering 5xx means the index cannot be loaded (e.g. a format this build of the
  // app does not read): give up after a few answers instead of waiting out the timeout.
  let serverErrors = 0;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const status = await fetch(`${server.base}/api/suggest?q=${encodeURIComponent("中")}`).then((r) => r.status, () => 0);
    if (status === 200) return server;
    if (status >= 500 && ++serverErrors >= 5) {
      await stop();
      throw new Error(`the server answers ${status}: it cannot load the index (see its log above)`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`server not answering on ${server.base} after ${timeoutMs / 1000} s`);
}
