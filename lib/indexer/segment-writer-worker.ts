import { parentPort } from "node:worker_threads";
import type { Article } from "../article";
import type { InputStamp } from "../index-dir/input-stamp";
import { SegmentBuilder } from "../search/store/segment-builder";
import type { Taxonomy } from "../themes/load-themes";

/**
 * The segment writer's thread (segment-writer.ts): articles stream in and are added to the
 * segment being built; "write" writes it and starts the next. Every request is answered with its
 * sequence number, failures included.
 */

export type WriteJob =
  | { op: "add"; articles: Article[]; inputs: (InputStamp | null)[] }
  | { op: "write"; dir: string; taxonomy: Taxonomy | null };

export type WriteRequest = WriteJob & { seq: number };

export type WriteResponse = { seq: number } & ({ ok: true } | { ok: false; error: string });

let builder = new SegmentBuilder();

async function handle(request: WriteRequest): Promise<void> {
  if (request.op === "add") {
    request.articles.forEach((a, i) => builder.add(a, request.inputs[i] ?? null));
    return;
  }
  const full = builder;
  builder = new SegmentBuilder();
  await full.write(request.dir, request.taxonomy);
}

parentPort?.on("message", (request: WriteRequest) => {
  handle(request).then(
    () => parentPort?.postMessage({ seq: request.seq, ok: true } satisfies WriteResponse),
    (error: Error) =>
      parentPort?.postMessage({
        seq: request.seq,
        ok: false,
        error: error.stack ?? error.message,
      } satisfies WriteResponse),
  );
});
