import { performance } from "node:perf_hooks";
import { readArticlesFile } from "./articles";
import { toRank } from "./metrics";
import { type Searcher, type WorkerReply, type WorkerRequest, toMb } from "./types";
import { getSystem } from "./systems/registry";

/**
 * A child process that runs one system: either builds its index, or loads it and answers queries.
 * Memory is read here, after a full GC, so each system's RSS is its own (runtime + tsx + its
 * libraries + its index), not the runner's.
 */

let searcher: Searcher | null = null;

function send(reply: WorkerReply): void {
  process.send?.(reply);
}

function settle(): void {
  // Started with --expose-gc: collect twice so that load-time garbage is not counted.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

async function handle(msg: WorkerRequest): Promise<WorkerReply> {
  if (msg.type === "build") {
    const system = await getSystem(msg.system);
    const articles = await readArticlesFile(msg.articlesFile);
    const start = performance.now();
    await system.build(articles, msg.dir);
    return { type: "built", ms: performance.now() - start };
  }
  if (msg.type === "load") {
    const system = await getSystem(msg.system);
    const start = performance.now();
    searcher = await system.load(msg.dir);
    const ms = performance.now() - start;
    settle();
    const usage = process.memoryUsage();
    return { type: "loaded", ms, rssMb: toMb(usage.rss), heapMb: toMb(usage.heapUsed) };
  }
  if (!searcher) throw new Error("query before load");
  const start = performance.now();
  const pending = searcher(msg.query);
  const hits = pending instanceof Promise ? await pending : pending;
  const ms = performance.now() - start;
  return { type: "outcome", ms, rank: toRank(hits, msg.target), count: hits.length };
}

process.on("message", (msg: WorkerRequest) => {
  handle(msg).then(send, (error: unknown) =>
    send({ type: "error", message: (error as Error).stack ?? String(error) }),
  );
});
settle();
send({ type: "ready", rssMb: toMb(process.memoryUsage().rss) });
