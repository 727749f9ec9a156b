import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

/**
 * The production server on a free loopback port, for the browser tests, the benchmarks and the
 * load test: scripts/serve.ts (so the PID held is the server's primary) with XUNWEN_INDEX_DIR, ready when
 * `readyPath` answers 200. A server that keeps answering 5xx cannot load its index: it is stopped
 * after a few answers instead of waiting out the timeout.
 */

export const LOOPBACK = "127.0.0.1";

export interface NextServer {
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

export interface NextServerOptions {
  root: string;
  indexDir: string;
  readyPath: string;
  timeoutMs?: number;
  env?: Record<string, string>;
  /** Each line the server writes to stderr; without it, stderr is inherited. */
  onStderrLine?: (line: string) => void;
  /** Another server to start instead of `npm start`'s (given the port): an earlier build's. */
  command?: (port: number) => { file: string; args: string[]; cwd: string };
}

export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function forwardLines(child: ChildProcess, onLine: (line: string) => void): void {
  let pending = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    lines.forEach(onLine);
  });
}

/** SIGTERM, and SIGKILL if the server has not exited 5 s later. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

export async function startNextServer(options: NextServerOptions): Promise<NextServer> {
  const { root, indexDir, readyPath, timeoutMs = 120_000, env = {}, onStderrLine } = options;
  const port = await getFreePort();
  // By default the server `npm start` runs (scripts/serve.ts: a worker per core behind the cache).
  const { file, args, cwd } = options.command?.(port) ?? {
    file: process.execPath,
    args: [
      "--import",
      "tsx",
      path.join(root, "scripts/serve.ts"),
      "-p",
      String(port),
      "-H",
      LOOPBACK,
    ],
    cwd: root,
  };
  const child = spawn(file, args, {
    cwd,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      XUNWEN_INDEX_DIR: path.resolve(indexDir),
      ...env,
    },
    stdio: ["ignore", "ignore", onStderrLine ? "pipe" : "inherit"],
  });
  if (onStderrLine) forwardLines(child, onStderrLine);
  const base = `http://${LOOPBACK}:${port}`;
  const stop = () => stopChild(child);
  let serverErrors = 0;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const status = await fetch(`${base}${readyPath}`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { child, base, stop };
    if (status >= 500 && ++serverErrors >= 5) {
      await stop();
      throw new Error(`the server answers ${status}: it cannot load the index at ${indexDir}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the server did not answer on ${base} within ${timeoutMs / 1000} s`);
}
