import { Worker } from "node:worker_threads";
import type { Article } from "../article";
import type { InputStamp } from "../index-dir/input-stamp";
import type { Taxonomy } from "../themes/load-themes";
import { workerBootstrap } from "../worker-bootstrap";
import type { WriteJob, WriteRequest, WriteResponse } from "./segment-writer-worker";

/**
 * Builds segments on a thread of its own while ingestion goes on (on two cores: the ingestion
 * threads and this one keep both busy). Articles stream to it as they come, so no thread holds a
 * whole segment's articles twice; `add` waits while more than MAX_QUEUED articles are on their way,
 * which bounds memory however far ingestion runs ahead.
 */

/** About 1.5 s of ingestion: a longer queue bought no speed and cost 25 MB a thousand articles. */
const MAX_QUEUED = 1_500;

export class SegmentWriter {
  private readonly worker = new Worker(
    workerBootstrap(new URL("./segment-writer-worker.ts", import.meta.url)),
    { eval: true },
  );
  private readonly waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private seq = 0;
  private queued = 0;
  private failure: Error | null = null;

  constructor() {
    this.worker.on("message", (r: WriteResponse) => {
      const w = this.waiting.get(r.seq);
      this.waiting.delete(r.seq);
      if (r.ok) return w?.resolve();
      // A failed add spoils the segment it was for: nothing after it is written.
      this.failure ??= new Error(r.error);
      w?.reject(this.failure);
    });
    this.worker.on("error", (error: Error) => this.fail(error));
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  private send(job: WriteJob): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    const done = new Promise<void>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    this.worker.postMessage({ ...job, seq } satisfies WriteRequest);
    return done;
  }

  /** Adds to the segment being built; resolves when there is room for more. */
  async add(articles: Article[], inputs: ReadonlyMap<string, InputStamp>): Promise<void> {
    if (articles.length === 0) return;
    this.queued += articles.length;
    const added = this.send({
      op: "add",
      articles,
      inputs: articles.map((a) => inputs.get(a.id) ?? null),
    }).finally(() => (this.queued -= articles.length));
    added.catch(() => {});
    if (this.queued > MAX_QUEUED) await added;
  }

  /** Writes what was added into `dir`; the next add starts a new segment. */
  write(dir: string, taxonomy: Taxonomy | null): Promise<void> {
    return this.send({ op: "write", dir, taxonomy });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
