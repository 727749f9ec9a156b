import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * A second production server for the hostile-content tests, on its own loopback port and index.
 * It reuses the `.next` build made by global-setup.ts (never builds or deletes it itself).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const HOST = "127.0.0.1";

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

export interface HostileServer {
  base: string;
  stop(): Promise<void>;
}

export async function startServerOn(indexDir: string, timeoutMs = 120_000): Promise<HostileServer> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) throw new Error(".next is missing: run the e2e suite (its global setup builds it) or `npx next build`");
  const port = await freePort();
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", HOST], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", XUNWEN_INDEX_DIR: indexDir },
  });
  const base = `http://${HOST}:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (await fetch(`${base}/api/suggest?q=%E6%81%B6`).then((r) => r.ok, () => false)) return { base, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`next start did not answer on ${base} within ${timeoutMs} ms`);
}
