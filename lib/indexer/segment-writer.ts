import { Worker } from "node:worker_threads";
import type { Article } from "../article";
import type { InputStamp } from "../index-dir/input-stamp";
import { workerBootstrap } from "../ingest/worker-pool";
import type { Taxonomy } from "../themes/load-themes";
import type { WriteRequest, WriteResponse } from "./segment-writer-worker";

/**
 * Writes full segments on a thread of their own while ingestion goes on (on two cores: the
 * ingestion threads and this one keep both busy). One segment at a time: the next full chunk waits
 * for the previous write, which bounds memory to about two chunks of articles.
 */
export class SegmentWriter {
  private worker: Worker | null = null;
  private busy: Promise<void> = Promise.resolve();

  /** Resolves once the previous write is done and this one is handed over; `done` when written. */
  async write(
    articles: Article[],
    dir: string,
    taxonomy: Taxonomy | null,
    inputs: Map<string, InputStamp>,
  ): Promise<{ done: Promise<void> }> {
    await this.busy;
    this.worker ??= new Worker(
      workerBootstrap(new URL("./segment-writer-worker.ts", import.meta.url)),
      {
        eval: true,
      },
    );
    const worker = this.worker;
    const done = new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      worker.once("error", onError);
      worker.once("message", (r: WriteResponse) => {
        worker.off("error", onError);
        if (r.ok) resolve();
        else reject(new Error(r.error));
      });
    });
    worker.postMessage({ articles, dir, taxonomy, inputs: [...inputs] } satisfies WriteRequest);
    this.busy = done.catch(() => {});
    return { done };
  }

  async close(): Promise<void> {
    await this.busy;
    await this.worker?.terminate();
    this.worker = null;
  }
}
