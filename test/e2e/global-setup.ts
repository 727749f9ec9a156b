import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { writeFixtureCorpus } from "./fixture-corpus";

/**
 * Builds a fixture index (sample pages + ~400 xwlb records), runs `next build` and `next start` on
 * a free port against that index, and hands the URL to the tests. E2E_SKIP_BUILD=1 reuses an
 * existing .next build (handy while iterating on tests only).
 */

const ROOT = path.resolve(__dirname, "../..");
const WORK = path.join(ROOT, "tmp", "e2e");
const INDEX_DIR = path.join(WORK, "index");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const corpus = path.join(WORK, "xwlb-2020-fixture.jsonl");
  const records = await writeFixtureCorpus(corpus);
  console.log(`[e2e] fixture corpus: ${records} xwlb records + data/samples`);
  run("npx", ["tsx", "scripts/index.ts", "data/samples", corpus, "--out", INDEX_DIR]);

  const skipBuild =
    process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
  if (!skipBuild) run("node_modules/.bin/next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" });

  const port = await freePort();
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", XUNWEN_INDEX_DIR: INDEX_DIR },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    // The suggest route loads the engine, so "up" means the index is loaded too.
    await waitUntilUp(`${baseUrl}/api/suggest?q=%E7%96%AB`, server, 120_000);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  project.provide("baseUrl", baseUrl);

  return async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  };
}
