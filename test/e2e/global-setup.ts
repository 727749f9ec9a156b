import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startNextServer } from "../../scripts/next-server";
import { DXY_FILE, XWLB_FILE, writeDxyFixture, writeFixtureCorpus } from "./fixture-corpus";

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
    /** Why the xwlb fixture could not be made (no ../shared beside the clone), or null. */
    noCorpus: string | null;
    /** The server's page and export caps, set low so that the fixture reaches them. */
    limits: { maxPage: number; exportMaxRows: number };
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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const corpus = path.join(WORK, "xwlb-2020-fixture.jsonl");
  const dxy = path.join(WORK, "dxy-2020-fixture.jsonl");
  const missing = [XWLB_FILE, DXY_FILE].find((f) => !fs.existsSync(f));
  const noCorpus = missing ? `${missing} is missing (no ../shared beside this clone)` : null;
  if (noCorpus) {
    console.log(`[e2e] [skip] tests that need the xwlb fixture are skipped: ${noCorpus}`);
    run("npx", ["tsx", "scripts/index.ts", "--rebuild", "data/samples", "--out", INDEX_DIR]);
  } else {
    const records = await writeFixtureCorpus(corpus);
    const items = await writeDxyFixture(dxy);
    console.log(
      `[e2e] fixture corpus: ${records} xwlb records + ${items} dxy items + data/samples`,
    );
    run("npx", [
      "tsx",
      "scripts/index.ts",
      "--rebuild",
      "data/samples",
      corpus,
      dxy,
      "--out",
      INDEX_DIR,
    ]);
  }
  project.provide("noCorpus", noCorpus);

  const skipBuild =
    process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
  if (!skipBuild) run("node_modules/.bin/next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" });

  // The suggest route loads the engine, so "up" means the index is loaded too.
  const limits = { maxPage: 15, exportMaxRows: 100 };
  const server = await startNextServer({
    root: ROOT,
    indexDir: INDEX_DIR,
    readyPath: "/api/suggest?q=%E7%96%AB",
    env: {
      XUNWEN_MAX_PAGE: String(limits.maxPage),
      XUNWEN_EXPORT_MAX_ROWS: String(limits.exportMaxRows),
    },
  });
  project.provide("limits", limits);
  const baseUrl = server.base;
  project.provide("baseUrl", baseUrl);

  return server.stop;
}
