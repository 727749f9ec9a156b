import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { BenchWorker } from "./pool";
import type { BenchCase, QueryOutcome } from "./types";

/**
 * The runner's two phases. Builds run one child at a time (each child exits after writing its
 * index). Then every system is loaded in its own child and the queries go round them in turn,
 * the order rotating per query, so drift and background load fall on all systems alike.
 */

export interface BuildResult {
  ms: number;
  bytes: number;
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export async function runBuild(
  system: string,
  articlesFile: string,
  dir: string,
): Promise<BuildResult> {
  const { worker } = await BenchWorker.start();
  try {
    const { ms } = await worker.request({ type: "build", system, articlesFile, dir }, "built");
    return { ms, bytes: await dirBytes(dir) };
  } finally {
    worker.stop();
  }
}

export interface Loaded {
  name: string;
  worker: BenchWorker;
  bareRssMb: number;
  rssMb: number;
  loadMs: number;
}

export async function runLoad(name: string, system: string, dir: string): Promise<Loaded> {
  const { worker, rssMb: bareRssMb } = await BenchWorker.start();
  try {
    const loaded = await worker.request({ type: "load", system, dir }, "loaded");
    return { name, worker, bareRssMb, rssMb: loaded.rssMb, loadMs: loaded.ms };
  } catch (error) {
    worker.stop();
    throw error;
  }
}

/** Runs `cases` on every loaded system; a system whose summed query time passes `budgetMs` stops. */
export async function runQueries(
  loaded: Loaded[],
  cases: BenchCase[],
  budgetMs: number,
  warmup: string[],
  onProgress: (done: number) => void,
): Promise<Map<string, (QueryOutcome | null)[]>> {
  const outcomes = new Map(loaded.map((l) => [l.name, cases.map((): QueryOutcome | null => null)]));
  const spent = new Map(loaded.map((l) => [l.name, 0]));
  for (const l of loaded) {
    for (const text of warmup)
      await l.worker.request(
        { type: "query", query: { text, from: null, to: null, limit: 20 }, target: null },
        "outcome",
      );
  }
  for (const [i, c] of cases.entries()) {
    for (let k = 0; k < loaded.length; k++) {
      const l = loaded[(i + k) % loaded.length];
      if (!l || (spent.get(l.name) ?? 0) > budgetMs) continue;
      try {
        const o = await l.worker.request(
          { type: "query", query: c.query, target: c.target },
          "outcome",
        );
        const list = outcomes.get(l.name);
        if (list) list[i] = { ms: o.ms, rank: o.rank, count: o.count };
        spent.set(l.name, (spent.get(l.name) ?? 0) + o.ms);
      } catch (error) {
        console.error(`${l.name} failed on "${c.query.text}": ${(error as Error).message}`);
        spent.set(l.name, Infinity);
      }
    }
    if ((i + 1) % 100 === 0) onProgress(i + 1);
  }
  return outcomes;
}
