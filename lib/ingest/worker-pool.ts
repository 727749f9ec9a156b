import os from "node:os";
import { readLimitFromEnv } from "../env-limit";
import { Worker } from "node:worker_threads";
import { processSegmenter } from "../text/process-segmenter";
import { startSegmenterThread } from "../text/start-segmenter-thread";
import { workerBootstrap } from "../worker-bootstrap";
import type { Article } from "../article";
import type { IngestReport } from "./ingest-report";
import type { RawInput } from "./read-inputs";
import type { WorkerRequest, WorkerResponse, WorkerSetup } from "./to-article-worker";

/**
 * Runs toArticle on worker threads (jieba and OpenCC are CPU-bound) and yields the results in
 * input order, so duplicate handling and ids do not depend on thread timing. The threads share one
 * jieba, on a segmenter thread of its own (lib/text/segmenter-thread.ts): a copy each would cost
 * 240 MB a thread. At most `inFlight`
 * batches wait per worker, which bounds memory however large the input.
 */

/** Inputs per toArticles call: one segmentation request each. */
export const INGEST_BATCH = 100;

/**
 * Input bytes (on disk) worth a thread of their own: each thread spends ≈ 0.5 s of CPU starting
 * (its modules, jieba's word and IDF tables) before its first article, which a small incremental
 * add (1,000 articles ≈ 2 MB) cannot earn back while a busy server shares the cores.
 */
const BYTES_PER_WORKER = 8 * 2 ** 20;

/** Threads for `bytes` of input: one per BYTES_PER_WORKER, at least 1, at most `max`. */
export function workersForBytes(bytes: number, max: number): number {
  return Math.max(1, Math.min(max, Math.ceil(bytes / BYTES_PER_WORKER)));
}

/**
 * Ingestion threads: one per core but one (at most 8), or XUNWEN_INDEX_WORKERS. The segmenter
 * thread and the segment writer's thread each keep most of a core busy, and a run with one
 * ingests on its main thread: on 2 cores all of xwlb took 66 s and 0.83 GB this way, 74 s and
 * 1.37 GB with two ingestion threads (docs/benchmarks.md).
 */
export function defaultWorkerCount(): number {
  return readLimitFromEnv(
    "XUNWEN_INDEX_WORKERS",
    Math.max(1, Math.min(os.availableParallelism() - 1, 8)),
  );
}

export async function* mapInWorkers(
  inputs: AsyncIterable<RawInput>,
  report: IngestReport,
  options: { workers: number; themesFile?: string },
): AsyncGenerator<Article> {
  const workerUrl = new URL("./to-article-worker.ts", import.meta.url);
  const waiting = new Map<
    number,
    { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }
  >();
  // A crashed thread fails the build loudly rather than silently losing its batches.
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    waiting.forEach((w) => w.reject(error));
  };
  // The CLI's segmenter thread (started early, its jieba loaded), else one for this run. If the
  // CLI's dies, a thread's next call throws SegmenterStopped, and that thread's error fails the run.
  const shared = processSegmenter();
  const segmenter = shared ?? startSegmenterThread(fail);
  const workers = Array.from({ length: options.workers }, () => {
    const link = segmenter.connect();
    const worker = new Worker(workerBootstrap(workerUrl), {
      eval: true,
      workerData: { themesFile: options.themesFile, segmenter: link } satisfies WorkerSetup,
      transferList: [link.port],
    });
    worker.on("message", (r: WorkerResponse) => waiting.get(r.seq)?.resolve(r));
    worker.on("error", fail);
    return worker;
  });
  const pending = new Map<number, Promise<WorkerResponse>>();
  let sent = 0;
  let next = 0;

  const send = (batch: RawInput[]) => {
    const seq = sent++;
    pending.set(seq, new Promise((resolve, reject) => waiting.set(seq, { resolve, reject })));
    workers[seq % workers.length]!.postMessage({ seq, inputs: batch } satisfies WorkerRequest);
  };

  async function* drain(until: number) {
    while (next < until) {
      if (failure) throw failure;
      const response = await pending.get(next)!;
      pending.delete(next);
      waiting.delete(next++);
      report.skipped.push(...response.skipped);
      report.warnings.push(...response.warnings);
      for (const article of response.articles) if (article) yield article;
    }
  }

  try {
    let batch: RawInput[] = [];
    for await (const input of inputs) {
      if (input.kind === "record") report.records++;
      batch.push(input);
      if (batch.length < INGEST_BATCH) continue;
      send(batch);
      batch = [];
      yield* drain(sent - workers.length * 2);
    }
    if (batch.length) send(batch);
    // A thread answers a batch when the next one comes: the last ones are answered on flush.
    for (const worker of workers) worker.postMessage({ flush: true } satisfies WorkerRequest);
    yield* drain(sent);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    if (!shared) await segmenter.stop();
  }
}
