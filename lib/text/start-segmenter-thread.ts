import { MessageChannel, Worker } from "node:worker_threads";
import { workerBootstrap } from "../worker-bootstrap";
import { GONE, type SegmenterLink } from "./segmenter-link";
import type { SegmenterThreadMessage } from "./segmenter-thread";

/**
 * Starts the process's segmenter thread (segmenter-thread.ts). `connect()` makes a link for one
 * client thread (pass it in that thread's workerData, its port in the transfer list). If the
 * thread dies, every client's next or pending call fails instead of waiting for ever.
 */
export interface SegmenterThread {
  connect(): SegmenterLink;
  stop(): Promise<void>;
}

/** `keepAlive: false`: the thread does not keep the process running once all else is done. */
export function startSegmenterThread(
  onError: (error: Error) => void,
  { keepAlive = true }: { keepAlive?: boolean } = {},
): SegmenterThread {
  const worker = new Worker(workerBootstrap(new URL("./segmenter-thread.ts", import.meta.url)), {
    eval: true,
  });
  if (!keepAlive) worker.unref();
  const links: Int32Array[] = [];
  let stopping = false;
  const gone = () => {
    for (const flags of links) {
      Atomics.store(flags, GONE, 1);
      Atomics.notify(flags, 0);
    }
  };
  worker.on("error", (error: Error) => {
    gone();
    onError(error);
  });
  worker.on("exit", (code) => {
    gone();
    if (!stopping) onError(new Error(`the segmenter thread exited (code ${code})`));
  });
  return {
    connect() {
      const { port1, port2 } = new MessageChannel();
      const flags = new SharedArrayBuffer(8);
      links.push(new Int32Array(flags));
      worker.postMessage({ port: port1, flags } satisfies SegmenterThreadMessage, [port1]);
      return { port: port2, flags };
    },
    async stop() {
      stopping = true;
      await worker.terminate();
    },
  };
}
